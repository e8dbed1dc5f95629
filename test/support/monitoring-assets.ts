import { repoRoot } from '@lib/testing';
import { parser } from '@prometheus-io/lezer-promql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The Compose stack's Prometheus and Grafana files: what the dashboards and alerts query. */
export const composeDir = join(repoRoot, 'infra/compose');
export const rulesDir = join(composeDir, 'prometheus/rules');
export const dashboardsDir = join(composeDir, 'grafana/dashboards');

/** Series that Prometheus makes itself rather than scraping them from a service. */
export const prometheusOwnSeries = ['up', 'ALERTS'];

export interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface Panel {
  title: string;
  datasource: { uid: string };
  gridPos: { x: number; y: number; w: number; h: number };
  targets: { expr: string }[];
}

export function loadRules(): Rule[] {
  return readdirSync(rulesDir)
    .filter((file) => file.endsWith('.yml'))
    .flatMap((file) => parse(readFileSync(join(rulesDir, file), 'utf8')).groups)
    .flatMap((group: { rules: Rule[] }) => group.rules);
}

export function loadDashboards(): { file: string; uid: string; panels: Panel[] }[] {
  return readdirSync(dashboardsDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) }));
}

/** Every PromQL expression of the dashboards and the rules, Grafana's variables filled in. */
export function allQueries(): { where: string; expr: string }[] {
  const fromRules = loadRules().map((rule) => ({
    where: `rule ${rule.alert ?? rule.record}`,
    expr: rule.expr,
  }));
  const fromDashboards = loadDashboards().flatMap((dashboard) =>
    dashboard.panels.flatMap((panel) =>
      panel.targets.map((target) => ({
        where: `${dashboard.file} "${panel.title}"`,
        expr: fillGrafanaVariables(target.expr),
      })),
    ),
  );
  return [...fromRules, ...fromDashboards];
}

function fillGrafanaVariables(expr: string): string {
  return expr.replaceAll('$__rate_interval', '1m').replaceAll('$job', 'rental');
}

/** Parses a PromQL expression: the metric names it selects, and whether it has syntax errors. */
export function parsePromQL(expr: string): { metrics: string[]; syntaxErrors: number } {
  const metrics: string[] = [];
  let syntaxErrors = 0;
  parser.parse(expr).iterate({
    enter(node) {
      if (node.type.isError) syntaxErrors += 1;
      if (node.name !== 'VectorSelector') return;
      const name = node.node.getChild('Identifier');
      if (name) metrics.push(expr.slice(name.from, name.to));
    },
  });
  return { metrics, syntaxErrors };
}

/** The metrics the dashboards and alerts need from the services (not from recording rules). */
export function metricsTheServicesMustExport(): string[] {
  const recorded = new Set(loadRules().flatMap((rule) => (rule.record ? [rule.record] : [])));
  const names = allQueries().flatMap(({ expr }) => parsePromQL(expr).metrics);
  return [...new Set(names)]
    .filter((name) => !recorded.has(name) && !prometheusOwnSeries.includes(name))
    .sort();
}
