import { purposesCsv } from '../../lib/open-data/csv.ts';
import { openDataVersions } from '../../lib/site-data.ts';

/** `/data/purposes.csv`: one row per purpose per version. */
export function GET() {
	return new Response(purposesCsv(openDataVersions()), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
}
