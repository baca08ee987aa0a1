// The Bonds view: every bond the server knows with its mode, monitoring, running state, ports
// and findings. The server computes everything (ifcfg/bonds); this only renders and navigates.
import {
  commands,
  Event,
  EventEmitter,
  ThemeColor,
  ThemeIcon,
  TreeDataProvider,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BONDS_REQUEST } from '../../server/src/protocol';
import { type BondSummary, type FindingSummary, type Place, type PortSummary } from '../../server/src/engine';

export type BondNode =
  | { kind: 'bond'; bond: BondSummary }
  | { kind: 'machine'; bond: BondSummary }
  | { kind: 'running'; bond: BondSummary }
  | { kind: 'port'; bond: BondSummary; port: PortSummary }
  | { kind: 'finding'; finding: FindingSummary };

const SEVERITY_ICON = {
  error: new ThemeIcon('error', new ThemeColor('problemsErrorIcon.foreground')),
  warning: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
  information: new ThemeIcon('info', new ThemeColor('problemsInfoIcon.foreground')),
  hint: new ThemeIcon('lightbulb'),
} as const;

export class BondsView implements TreeDataProvider<BondNode> {
  private bonds: BondSummary[] = [];
  private readonly changed = new EventEmitter<BondNode | undefined>();
  readonly onDidChangeTreeData: Event<BondNode | undefined> = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  /** Asks the server again; resolves when the view has the new answer. */
  async refresh(): Promise<void> {
    try {
      this.bonds = await this.client.sendRequest(BONDS_REQUEST);
    } catch {
      return; // the server is restarting: keep what is shown
    }
    await commands.executeCommand('setContext', 'ifcfg.hasBonds', this.bonds.length > 0);
    this.changed.fire(undefined);
  }

  getChildren(node?: BondNode): BondNode[] {
    if (!node) return this.bonds.map((bond) => ({ kind: 'bond', bond }));
    if (node.kind !== 'bond') return [];
    const b = node.bond;
    return [
      ...(b.machine ? [{ kind: 'machine' as const, bond: b }] : []),
      ...(b.running ? [{ kind: 'running' as const, bond: b }] : []),
      ...b.ports.map((port) => ({ kind: 'port' as const, bond: b, port })),
      ...b.findings.map((finding) => ({ kind: 'finding' as const, finding })),
    ];
  }

  getTreeItem(node: BondNode): TreeItem {
    switch (node.kind) {
      case 'bond': {
        const b = node.bond;
        const item = new TreeItem(b.name, TreeItemCollapsibleState.Expanded);
        item.description = `${b.mode} · ${b.monitoring} · fail_over_mac=${b.failOverMac}`;
        item.tooltip = `${b.file}: ${item.description}`;
        const worst = (['error', 'warning', 'information', 'hint'] as const).find((s) =>
          b.findings.some((f) => f.severity === s),
        );
        item.iconPath = worst ? SEVERITY_ICON[worst] : new ThemeIcon('type-hierarchy-sub');
        item.command = this.open(b.place, `Open ${b.file}`);
        item.contextValue = 'bond';
        return item;
      }
      case 'machine': {
        const m = node.bond.machine!;
        const item = new TreeItem(`machine ${m.name}`);
        item.description = m.platform;
        item.iconPath = new ThemeIcon('vm');
        if (m.platformPlace) item.command = this.open(m.platformPlace, 'Open the platform line');
        return item;
      }
      case 'running': {
        const r = node.bond.running!;
        const item = new TreeItem('running');
        item.description = `${r.mode ?? 'unknown mode'}${r.active ? `, active port ${r.active}` : ''}`;
        item.iconPath = new ThemeIcon('pulse');
        item.command = this.open(r.capture, 'Open the running bond');
        return item;
      }
      case 'port': {
        const p = node.port;
        const item = new TreeItem(p.name);
        item.description = [
          p.permMac,
          p.vendor,
          p.link ? `link ${p.link}${p.active ? ' (active)' : ''}` : undefined,
          p.config ? undefined : 'not configured',
        ]
          .filter(Boolean)
          .join(' · ');
        item.tooltip = [item.description, p.nic].filter(Boolean).join('\n');
        item.iconPath = new ThemeIcon(p.link === 'down' ? 'debug-disconnect' : 'plug');
        const where = p.config ?? p.running;
        if (where) item.command = this.open(where, `Open ${p.name}`);
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new TreeItem(f.message);
        item.description = f.code;
        item.tooltip = `${f.code}: ${f.message}`;
        item.iconPath = SEVERITY_ICON[f.severity];
        item.command = this.open(f, 'Go to the finding');
        return item;
      }
    }
  }

  private open(place: Place, title: string) {
    return {
      command: 'vscode.open',
      title,
      arguments: [
        Uri.parse(place.uri),
        { selection: this.client.protocol2CodeConverter.asRange(place.range), preview: true },
      ],
    };
  }
}
