import type { HastPluginEntry, Features } from 'satteri';
import type { ComponentProblem, PreparedBody } from '../components/prepare.ts';
import type { Violation } from '../safety/gate.ts';
import { accessibleGfm } from './accessible-gfm.ts';
import { DEFAULT_LANGUAGE, strings } from '../../i18n/index.ts';
import { alignCells } from './align-cells.ts';
import { baseLinks } from './base-links.ts';
import { expandComponents, type BodyContext } from './components.ts';
import { allowListGate } from './gate.ts';
import { headingAnchors } from './heading-anchors.ts';
import { imageSizes } from './image-sizes.ts';

/**
 * How a notice's Markdown is read: GitHub Flavored Markdown with smart punctuation, as Astro reads
 * Markdown, and any HTML written in it parsed into elements, so the allow-list sees what a browser
 * would and the page is written from the checked elements, never from the text as typed. Without
 * a "<" there can be no HTML, and parsing is skipped: it costs a fifth of the rendering.
 */
export function noticeFeatures(source: string): Features {
	return { gfm: true, smartPunctuation: true, rawHtml: source.includes('<') };
}

/** A body's components, ready to expand: its placeholders' uses, and what they render from. */
export interface BodyComponents {
	prepared: PreparedBody;
	context: BodyContext;
	/** Where uses that cannot render are recorded. */
	problems: ComponentProblem[];
}

/**
 * The plugins that turn content into the HTML the allow-list checks: the gate, which records what
 * it refuses in `violations`, and then the components, whose HTML is held to the published
 * allow-list. The content check runs exactly these, so the check and the build see the same HTML
 * and report the same problems.
 */
export function gatedHastPlugins(violations: Violation[], components?: BodyComponents): HastPluginEntry[] {
	return [
		alignCells,
		allowListGate(violations, components?.prepared.placeholder),
		...(components ? [expandComponents(components.prepared, components.context, components.problems)] : []),
	];
}

/** Noticeboard's additions to Markdown rendering, for a site served from `base`, after the gate. */
export function noticeHastPlugins(base: string, violations: Violation[], components?: BodyComponents): HastPluginEntry[] {
	// The labels the plugins add are in the body's language: a translation's components say which.
	const t = strings(components?.context.language ?? DEFAULT_LANGUAGE);
	return [...gatedHastPlugins(violations, components), accessibleGfm(t), headingAnchors(t), imageSizes(), baseLinks(base)];
}
