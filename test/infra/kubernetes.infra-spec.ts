import { Rollout, AnalysisTemplate } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { run } from '../support/tools';

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec?: any };

/** The Kubernetes and Argo Rollouts models, each with its schema's validate(). */
const models: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'argoproj.io/v1alpha1/Rollout': Rollout,
  'argoproj.io/v1alpha1/AnalysisTemplate': AnalysisTemplate,
};

/** `kubectl kustomize`, the same renderer `kubectl apply -k` uses. */
function render(overlay: string): Manifest[] {
  const output = run('kubectl', ['kustomize', `infra/k8s/overlays/${overlay}`]);
  return parseAllDocuments(output).map((document) => document.toJS() as Manifest);
}

const services = ['rental', 'catalog', 'locker', 'notification', 'gateway'];

describe.each(['staging', 'production'])('the %s overlay', (overlay) => {
  let manifests: Manifest[];
  const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
  const deployments = () =>
    ofKind('Deployment').filter((d) => d.metadata.name.endsWith('-service'));

  beforeAll(() => {
    manifests = render(overlay);
  });

  it('renders only resources that validate against their Kubernetes schemas', () => {
    for (const manifest of manifests) {
      const Model = models[`${manifest.apiVersion}/${manifest.kind}`];
      expect({ kind: manifest.kind, known: Model !== undefined }).toEqual({
        kind: manifest.kind,
        known: true,
      });
      expect(() => new Model(manifest as never).validate()).not.toThrow();
    }
  });

  it('has a Deployment, Service, PodDisruptionBudget and autoscaler for every service', () => {
    for (const kind of [
      'Deployment',
      'Service',
      'PodDisruptionBudget',
      'HorizontalPodAutoscaler',
    ]) {
      const names = ofKind(kind).map((manifest) => manifest.metadata.name);
      expect(names).toEqual(expect.arrayContaining(services.map((s) => `${s}-service`)));
    }
  });

  it('probes each service on its health endpoints and bounds its resources', () => {
    for (const deployment of deployments()) {
      const [container] = deployment.spec.template.spec.containers;
      expect(container.startupProbe.httpGet.path).toBe('/health/live');
      expect(container.livenessProbe.httpGet.path).toBe('/health/live');
      expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(container.resources).toMatchObject({
        requests: { cpu: expect.any(String), memory: expect.any(String) },
        limits: { cpu: expect.any(String), memory: expect.any(String) },
      });
    }
  });

  it('runs every container as non-root on a read-only root file system', () => {
    for (const deployment of ofKind('Deployment')) {
      const pod = deployment.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
        });
      }
    }
  });

  it('keeps secret values out of the repository: Secrets are referenced, never rendered', () => {
    expect(ofKind('Secret')).toEqual([]);
    for (const deployment of deployments()) {
      const refs = deployment.spec.template.spec.containers[0].envFrom;
      const service = deployment.metadata.name.replace(/-service$/, '');
      expect(refs).toContainEqual({ secretRef: { name: `${service}-secrets` } });
    }
  });

  it('lets a disruption budget and an autoscaler select each service', () => {
    for (const deployment of deployments()) {
      const labels = deployment.spec.selector.matchLabels;
      const budget = ofKind('PodDisruptionBudget').find(
        (pdb) => pdb.metadata.name === deployment.metadata.name,
      );
      expect(budget?.spec.selector.matchLabels).toEqual(labels);
      expect(deployment.spec.template.metadata.labels).toMatchObject(labels);
    }
  });
});

describe('the production canary', () => {
  let rendered: Manifest[];
  const manifests = () => rendered;

  beforeAll(() => {
    rendered = render('production');
  });

  it('releases every service through a 10% → 50% → 100% canary under the error-rate analysis', () => {
    const all = manifests();
    const rollouts = all.filter((manifest) => manifest.kind === 'Rollout');
    const templates = all
      .filter((manifest) => manifest.kind === 'AnalysisTemplate')
      .map((template) => template.metadata.name);

    expect(rollouts.map((rollout) => rollout.spec.workloadRef.name).sort()).toEqual(
      services.map((s) => `${s}-service`).sort(),
    );
    for (const rollout of rollouts) {
      const canary = rollout.spec.strategy.canary;
      const weights = canary.steps.flatMap((step: { setWeight?: number }) =>
        step.setWeight === undefined ? [] : [step.setWeight],
      );
      expect(weights).toEqual([10, 50, 100]);
      expect(templates).toContain(canary.analysis.templates[0].templateName);
    }
  });

  it('scales the Rollouts, not the Deployments they take their pod template from', () => {
    const all = manifests();

    for (const hpa of all.filter((manifest) => manifest.kind === 'HorizontalPodAutoscaler'))
      expect(hpa.spec.scaleTargetRef.kind).toBe('Rollout');
    for (const deployment of all.filter((manifest) => manifest.kind === 'Deployment'))
      expect(deployment.spec.replicas).toBe(0);
  });

  it('fails the analysis, and so rolls back, when over 5% of the canary answers are 5xx', () => {
    const template = manifests().find((manifest) => manifest.kind === 'AnalysisTemplate')!;
    const [metric] = template.spec.metrics;

    expect(metric.successCondition).toMatch(/result\[0\] < 0\.05/);
    expect(metric.provider.prometheus.query).toMatch(/http_response_status_code=~"5\.\."/);
    expect(metric.failureLimit).toBeGreaterThan(0);
  });
});
