import { Controller, Get, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { prometheusExporter } from './start-telemetry';

/** The Prometheus scrape endpoint; 404 when METRICS_ENABLED is false. */
@Controller('metrics')
export class MetricsController {
  @Get()
  scrape(@Req() request: Request, @Res() response: Response): void {
    const exporter = prometheusExporter();
    if (!exporter) throw new NotFoundException('Metrics are switched off (METRICS_ENABLED=false)');
    exporter.getMetricsRequestHandler(request, response);
  }
}
