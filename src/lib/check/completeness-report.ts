import type { Organisation } from '../../schemas/organisation.ts';
import { completeness } from '../completeness.ts';
import type { NoticeCompleteness, Version } from './content.ts';

/** For each notice, how its newest version covers checklist items 1–15. */
export function completenessReport(
	versions: readonly Version[],
	organisations: ReadonlyMap<string, { data: Organisation | undefined }>,
): NoticeCompleteness[] {
	return [...Map.groupBy(versions, (v) => `${v.org}/${v.type}`).values()]
		.map((group) => group.reduce((newest, v) => (v.effective > newest.effective ? v : newest)))
		.sort((a, b) => `${a.org}/${a.type}`.localeCompare(`${b.org}/${b.type}`))
		.map((version) => ({
			org: version.org,
			type: version.type,
			effective: version.effective,
			file: version.value.file,
			items: completeness(version.value.data.facts, { hasDpo: Boolean(organisations.get(version.org)?.data?.dpo) }),
		}));
}
