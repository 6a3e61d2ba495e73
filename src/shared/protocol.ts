// Index of the webview message protocols. Each webview has its own module (sidebar: sidebarProtocol.ts);
// add new panels' protocols beside it and re-export them here.
export * from './sidebarProtocol';
