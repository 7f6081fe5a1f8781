/** The widget's Shadow DOM styles: nothing leaks in from the host page or out to it. */
export const WIDGET_CSS = `
:host { display: block; font-family: system-ui, 'Noto Sans JP', 'IPAGothic', sans-serif; color: #1d2430; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.widget { position: relative; border: 1px solid #c9ced6; border-radius: 6px; background: #fff; }
.toolbar { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; padding: 6px; border-bottom: 1px solid #e3e6eb; }
.toolbar button, .list-view button { font: inherit; font-size: 13px; padding: 3px 8px; border: 1px solid #9aa3af; border-radius: 4px; background: #f6f7f9; color: inherit; cursor: pointer; }
button:focus-visible, .graph:focus-visible, li[tabindex]:focus-visible { outline: 3px solid #1f6fb4; outline-offset: 1px; }
.status { margin-left: auto; font-size: 12px; color: #4a5260; }
.status.error { color: #b00020; }
.graph { position: relative; width: 100%; }
.tooltip { position: absolute; z-index: 10; max-width: min(420px, 90%); max-height: 60%; overflow: auto; padding: 8px 10px; background: #fffef5; border: 1px solid #c9b45c; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.15); font-size: 12px; }
.tooltip[hidden] { display: none; }
.sources ul { margin: 4px 0 0; padding-left: 16px; }
.source-document { font-weight: 600; }
.source-lines { color: #4a5260; }
.source-quote { margin: 2px 0 6px; padding-left: 6px; border-left: 3px solid #c9b45c; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0; padding: 6px 8px; list-style: none; border-top: 1px solid #e3e6eb; font-size: 12px; }
.legend li { display: flex; align-items: center; gap: 4px; }
.list-view { border-top: 1px solid #e3e6eb; padding: 4px 8px; font-size: 13px; }
.list-view summary { cursor: pointer; }
.list-view h3 { font-size: 13px; margin: 8px 0 4px; }
.list-view ul { margin: 0; padding-left: 18px; }
.list-view li { margin: 2px 0; }
.list-view .kind { color: #4a5260; }
.on-path { font-weight: 700; color: #b3261e; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.empty { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; padding: 24px; color: #4a5260; pointer-events: none; white-space: pre-line; text-align: center; }
.empty.error { color: #b00020; font-size: 15px; }
.group-help { margin: 0; }
`;
