// The site's own settings. Editors never need to change this file: it is for the people who run
// the site. See the README's "Components" and "Open data" sections.
import { defineConfig } from './src/lib/config.ts';

export default defineConfig({
	// Components of the site's own that notices may use, besides Noticeboard's, e.g.
	// `components: [Helpline]` with `import { Helpline } from './src/site/helpline.ts'`,
	// where helpline.ts calls `defineComponent` from './src/lib/components/define.ts'.
	components: [],
	// The licence of the open data at /data/: each notice's facts and text, as JSON, CSV and Markdown.
	dataLicence: {
		name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
		url: 'https://creativecommons.org/licenses/by/4.0/',
	},
});
