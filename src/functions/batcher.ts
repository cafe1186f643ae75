// Gathers the calls Excel makes during one recalculation and answers them together
// (Microsoft's batching pattern for custom functions), so 1,000 cells cost a few reads.

export class Batcher<Request, Result> {
  private pending: { request: Request; resolve: (r: Result) => void; reject: (e: unknown) => void }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly flush: (requests: Request[]) => Promise<(Result | Error)[]>,
    private readonly delayMs = 0,
  ) {}

  call(request: Request): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      this.timer ??= setTimeout(() => void this.run(), this.delayMs);
    });
  }

  private async run(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.timer = null;
    try {
      const results = await this.flush(batch.map((b) => b.request));
      batch.forEach((b, i) => (results[i] instanceof Error ? b.reject(results[i]) : b.resolve(results[i] as Result)));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
}
