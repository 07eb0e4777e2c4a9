// PDF.js ships its worker without types; only its presence on globalThis matters here.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
	/** The worker's message handler, which PDF.js uses in this thread when it finds it on globalThis. */
	export const WorkerMessageHandler: unknown;
}
