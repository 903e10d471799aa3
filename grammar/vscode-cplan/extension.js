// Starts `cplan lsp` for .cplan files. Highlighting works without it; the
// server adds diagnostics, hover, completion, definitions, formatting and fixes.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("cplan").get("serverPath") || "cplan";
  const server = { command, args: ["lsp"] };
  client = new LanguageClient("cplan", "cplan", { run: server, debug: server }, {
    documentSelector: [{ scheme: "file", language: "cplan" }],
  });
  client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
