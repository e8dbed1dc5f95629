import { repoRoot } from '@lib/testing';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  allQueries,
  composeDir,
  loadDashboards,
  loadRules,
  metricsTheServicesMustExport,
  parsePromQL,
} from '../support/monitoring-assets';
import { run } from '../support/tools';

/**
 * Prometheus rules and Grafana dashboards cannot run here (no Docker engine), so they are checked
 * as files: promtool checks and unit-tests the rules; every query parses; every alert has a
 * runbook. test/e2e/monitoring-assets.e2e-spec.ts checks the metric names against real services.
 */
describe('alert rules and dashboards', () => {
  const alerts = loadRules().filter((rule) => rule.alert);

  it('pass promtool check rules', () => {
    const rules = ['slo.yml', 'alerts.yml'].map((file) => `infra/compose/prometheus/rules/${file}`);

    expect(run('promtool', ['check', 'rules', ...rules])).toMatch(/SUCCESS: 8 rules found/);
  });

  it('fire in their promtool unit tests, and only where they should', () => {
    expect(run('promtool', ['test', 'rules', 'infra/compose/prometheus/alerts.test.yml'])).toMatch(
      /SUCCESS/,
    );
  });

  it('cover the alerts the standards ask for', () => {
    expect(alerts.map((rule) => rule.alert).sort()).toEqual([
      'ConsumerLagGrowing',
      'DeadLettersPresent',
      'HighErrorRate',
      'LatencySLOBurnFast',
      'LatencySLOBurnSlow',
      'OutboxBacklogOld',
      'ServiceNotReady',
      'StationFullForLong',
    ]);
  });

  it('each alert has a severity, a summary and a runbook that exists', () => {
    for (const rule of alerts) {
      expect({ alert: rule.alert, severity: rule.labels?.severity }).toEqual({
        alert: rule.alert,
        severity: expect.stringMatching(/^(page|ticket)$/),
      });
      expect(rule.annotations?.summary).toBeTruthy();
      const runbook = rule.annotations?.runbook_url ?? '(none)';
      expect(runbook).toMatch(/^docs\/runbooks\/[a-z-]+\.md$/);
      expect(existsSync(join(repoRoot, runbook))).toBe(true);
    }
  });

  it('every query of a rule or a dashboard is valid PromQL', () => {
    const invalid = allQueries().filter(({ expr }) => parsePromQL(expr).syntaxErrors > 0);

    expect(invalid).toEqual([]);
  });

  it('the four dashboards use only provisioned data sources and fit the grid', () => {
    const provisioned = parse(
      readFileSync(join(composeDir, 'grafana/provisioning/datasources/datasources.yaml'), 'utf8'),
    ).datasources.map((source: { uid: string }) => source.uid);
    const dashboards = loadDashboards();

    expect(dashboards.map((dashboard) => dashboard.uid).sort()).toEqual([
      'kafka',
      'locker-stations',
      'service-overview',
      'slo-burn',
    ]);
    for (const panel of dashboards.flatMap((dashboard) => dashboard.panels)) {
      expect(provisioned).toContain(panel.datasource.uid);
      expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
      expect(panel.targets.length).toBeGreaterThan(0);
    }
  });

  it('need the signals of each standard: RED, lag, dead letters, outbox, lockers, readiness', () => {
    expect(metricsTheServicesMustExport()).toEqual(
      expect.arrayContaining([
        'http_server_request_duration_bucket',
        'http_server_request_duration_count',
        'messaging_kafka_consumer_lag',
        'messaging_client_consumed_messages_total',
        'notification_deliveries_total',
        'outbox_oldest_unsent_age',
        'locker_station_slots_used',
        'locker_station_slots_capacity',
        'locker_station_waitlist_length',
        'locker_station_capacity_alert',
        'health_ready',
      ]),
    );
  });

  it('Prometheus scrapes every service of the Compose stack', () => {
    const config = parse(readFileSync(join(composeDir, 'prometheus/prometheus.yml'), 'utf8'));
    const jobs = config.scrape_configs.map((job: { job_name: string }) => job.job_name).sort();

    expect(jobs).toEqual(['catalog', 'gateway', 'locker', 'notification', 'rental']);
  });
});
