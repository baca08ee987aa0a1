-- Headless Neovim as a second LSP client: start ifcfg-language-server for the seed bond,
-- collect diagnostics, completion inside BONDING_OPTS and the code actions, then the same for
-- the bond as NetworkManager keyfiles (plus hover on a port MAC), and write them as JSON.
local cmd, file, out = _G.IFCFG_CMD, _G.IFCFG_FILE, _G.IFCFG_OUT
local result = { diagnostics = {}, completion = {}, actions = {} }

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'ifcfg'
local id = vim.lsp.start_client({
  name = 'ifcfg',
  cmd = cmd,
  -- The workspace holds network-scripts/ and system-connections/: both formats of the bond.
  root_dir = vim.fn.fnamemodify(file, ':h:h'),
  workspace_folders = { { uri = vim.uri_from_fname(vim.fn.fnamemodify(file, ':h:h')), name = 'seed' } },
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

-- The same bond as NetworkManager keyfiles, in the same server: warning, completion under
-- [bond], hover on a port MAC and the quick fix.
local kfile = _G.IFCFG_KEYFILE
if kfile then
  local kf = { diagnostics = {}, completion = {}, actions = {} }
  vim.cmd('edit ' .. vim.fn.fnameescape(kfile))
  local kbuf = vim.api.nvim_get_current_buf()
  vim.bo[kbuf].filetype = 'nmconnection'
  vim.lsp.buf_attach_client(kbuf, id)
  kf.waited_ok = vim.wait(15000, function()
    for _, d in ipairs(vim.diagnostic.get(kbuf)) do if d.code == 'VNIC-001' then return true end end
    return false
  end, 50)
  local kdiag
  for _, d in ipairs(vim.diagnostic.get(kbuf)) do
    table.insert(kf.diagnostics, { code = d.code, message = d.message, lnum = d.lnum, col = d.col, severity = d.severity })
    if d.code == 'VNIC-001' then kdiag = d end
  end
  local kuri = vim.uri_from_bufnr(kbuf)
  local kc = vim.lsp.buf_request_sync(kbuf, 'textDocument/completion', {
    textDocument = { uri = kuri }, position = { line = 10, character = 0 },
  }, 10000)
  for _, r in pairs(kc or {}) do
    local its = r.result and (r.result.items or r.result) or {}
    for _, it in ipairs(its) do table.insert(kf.completion, it.label) end
  end
  local port = vim.uri_from_fname(vim.fn.fnamemodify(kfile, ':h') .. '/enp0s8.nmconnection')
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.uri_to_fname(port)))
  local pbuf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(pbuf, id)
  local hv = vim.lsp.buf_request_sync(pbuf, 'textDocument/hover', {
    textDocument = { uri = port }, position = { line = 9, character = 15 },
  }, 10000)
  for _, r in pairs(hv or {}) do
    if r.result and r.result.contents then kf.hover = r.result.contents.value end
  end
  if kdiag then
    -- The diagnostic as the server sent it; Neovim keeps it without its range.
    local lsp_diag = vim.deepcopy(kdiag.user_data and kdiag.user_data.lsp or {
      code = kdiag.code, message = kdiag.message, severity = kdiag.severity, source = kdiag.source,
    })
    lsp_diag.range = lsp_diag.range or {
      start = { line = kdiag.lnum, character = kdiag.col }, ['end'] = { line = kdiag.end_lnum, character = kdiag.end_col },
    }
    local ka = vim.lsp.buf_request_sync(kbuf, 'textDocument/codeAction', {
      textDocument = { uri = kuri }, range = lsp_diag.range, context = { diagnostics = { lsp_diag } },
    }, 10000)
    for _, r in pairs(ka or {}) do
      for _, a in ipairs(r.result or {}) do
        local edit = a.edit and a.edit.changes and a.edit.changes[kuri]
        table.insert(kf.actions, { title = a.title, newText = edit and edit[1] and edit[1].newText or vim.NIL })
      end
    end
  end
  result.keyfile = kf
end

local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(id, true)
vim.cmd('qa!')
