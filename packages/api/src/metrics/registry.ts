// Request counts and latencies of one app instance (a Node process, or one Worker isolate), kept
// in memory and written as Prometheus text by GET /metrics. Labels are bounded: the route pattern
// (not the path), the method and the status class.

/** Upper bounds of the latency buckets, in seconds. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

interface Series {
  readonly method: string;
  readonly route: string;
  readonly statusClass: string;
  count: number;
}

interface Latency {
  readonly route: string;
  readonly buckets: number[];
  sum: number;
  count: number;
}

export class RequestMetrics {
  readonly #requests = new Map<string, Series>();
  readonly #latency = new Map<string, Latency>();

  /** Counts one answered request. */
  record(method: string, route: string, status: number, seconds: number): void {
    const statusClass = `${Math.floor(status / 100)}xx`;
    const key = `${method} ${route} ${statusClass}`;
    const series = this.#requests.get(key) ?? this.#requests.set(key, { method, route, statusClass, count: 0 }).get(key)!;
    series.count++;
    const latency = this.#latency.get(route) ?? this.#latency.set(route, { route, buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }).get(route)!;
    LATENCY_BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) latency.buckets[i]!++;
    });
    latency.sum += seconds;
    latency.count++;
  }

  /** The Prometheus text exposition of the counters and histograms. */
  text(): string {
    const lines = ["# HELP plan_http_requests_total Requests answered, by method, route pattern and status class.", "# TYPE plan_http_requests_total counter"];
    for (const s of [...this.#requests.values()].sort((a, b) => `${a.route}${a.method}${a.statusClass}`.localeCompare(`${b.route}${b.method}${b.statusClass}`))) {
      lines.push(`plan_http_requests_total{method="${s.method}",route="${labelValue(s.route)}",status="${s.statusClass}"} ${s.count}`);
    }
    lines.push("# HELP plan_http_request_duration_seconds Time from receiving a request to its response, by route pattern.", "# TYPE plan_http_request_duration_seconds histogram");
    for (const l of [...this.#latency.values()].sort((a, b) => a.route.localeCompare(b.route))) {
      const route = `route="${labelValue(l.route)}"`;
      for (const [i, bound] of LATENCY_BUCKETS.entries()) lines.push(`plan_http_request_duration_seconds_bucket{${route},le="${bound}"} ${l.buckets[i]}`);
      lines.push(`plan_http_request_duration_seconds_bucket{${route},le="+Inf"} ${l.count}`);
      lines.push(`plan_http_request_duration_seconds_sum{${route}} ${l.sum}`);
      lines.push(`plan_http_request_duration_seconds_count{${route}} ${l.count}`);
    }
    return `${lines.join("\n")}\n`;
  }
}

/** A label value as Prometheus text writes it. */
export const labelValue = (value: string): string => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
