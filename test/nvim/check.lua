-- Headless Neovim as a second LSP client: start ifcfg-language-server for the seed bond,
-- collect diagnostics, completion inside BONDING_OPTS and the code actions, write them as JSON.
local cmd, file, out = _G.IFCFG_CMD, _G.IFCFG_FILE, _G.IFCFG_OUT
local result = { diagnostics = {}, completion = {}, actions = {} }

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'ifcfg'
local id = vim.lsp.start_client({
  name = 'ifcfg',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':h'),
  workspace_folders = { { uri = vim.uri_from_fname(vim.fn.fnamemodify(file, ':h')), name = 'seed' } },
})
vim.lsp.buf_attach_client(buf, id)

local ok = vim.wait(15000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do if d.code == 'VNIC-001' then return true end end
  return false
end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, { code = d.code, message = d.message, lnum = d.lnum, col = d.col, severity = d.severity })
end

local comp = vim.lsp.buf_request_sync(buf, 'textDocument/completion', {
  textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 9, character = 14 },
}, 10000)
for _, r in pairs(comp or {}) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, it in ipairs(items) do table.insert(result.completion, it.label) end
end

local diags = {}
for _, d in ipairs(vim.lsp.diagnostic.get_line_diagnostics and vim.lsp.diagnostic.get_line_diagnostics(buf, 9) or {}) do table.insert(diags, d) end
local acts = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 9, character = 13 }, ['end'] = { line = 9, character = 20 } },
  context = { diagnostics = diags },
}, 10000)
for _, r in pairs(acts or {}) do
  for _, a in ipairs(r.result or {}) do
    local edit = a.edit and a.edit.changes and a.edit.changes[vim.uri_from_bufnr(buf)]
    table.insert(result.actions, { title = a.title, newText = edit and edit[1] and edit[1].newText or vim.NIL })
  end
end

result.waited_ok = ok
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(id, true)
vim.cmd('qa!')
