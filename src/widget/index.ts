import { KizunaGraphElement } from './kizuna-graph.element';

/**
 * Bundle entry of /widget/kizuna-graph.js. The endpoint defaults to /graphql beside the script,
 * so `<script src="https://host/widget/kizuna-graph.js">` + `<kizuna-graph entity="…">` is enough.
 */
const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) {
  KizunaGraphElement.defaultEndpoint = new URL('/graphql', script.src).href;
}
if (!customElements.get('kizuna-graph')) {
  customElements.define('kizuna-graph', KizunaGraphElement);
}
