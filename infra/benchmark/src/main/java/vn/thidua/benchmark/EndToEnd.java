package vn.thidua.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * REST commands to registration (POST /api/models) until reporting's API shows them: the throughput of a burst
 * from {@value #CLIENTS} clients, and the freshness (accepted → visible) at fixed command rates. Figures by name.
 */
final class EndToEnd {

    /** Enough closed-loop clients to keep registration busy: at 8 each waited on the others and it was idle. */
    static final int CLIENTS = 32;
    /** The open-loop senders of a fixed rate. */
    static final int SENDERS = 32;
    /** Freshness is followed for at most this many commands a second (the rest is load), so polling stays light. */
    static final int TRACKED_PER_S = 20;
    static final Duration POLL = Duration.ofMillis(25);
    /** Freshness polls only the oldest this many accepted commands not yet visible, so a sweep stays short. */
    static final int POLL_WINDOW = 8;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final StackClient client;
    private final List<String> units;
    private final PrintStream out;

    EndToEnd(StackClient client, List<String> units, PrintStream out) {
        this.client = client;
        this.units = List.copyOf(units);
        this.out = out;
    }

    /** One model per unit, waited for in reporting: warms both services and drops units registration refuses. */
    List<String> warmUp() throws Exception {
        Slots slots = Slots.launch(client, units, units.size());
        List<String> accepted = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String unit : units) {
            String id = client.register(slots.campaigns().get(0), unit, "Mô hình khởi động " + unit);
            if (id != null) {
                accepted.add(unit);
                ids.add(id);
            }
        }
        if (accepted.isEmpty()) throw new IllegalStateException("registration refused every unit below the organiser");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (String id : ids) {
            while (!client.visible(id)) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("warm-up model " + id + " not visible");
                Thread.sleep(100);
            }
        }
        return accepted;
    }

    /** {@code e2e_per_s}: accepted commands / (first sent → last visible in reporting's coverage). */
    Map<String, Object> throughput(int commands) throws Exception {
        Slots slots = Slots.launch(client, units, commands);
        Map<String, AtomicLong> acceptedPerCampaign = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                for (int n = next.getAndIncrement(); n < commands; n = next.getAndIncrement()) {
                    Slots.Slot slot = slots.slot(n);
                    if (client.register(slot.campaignId(), slot.unitId(), "Mô hình đo thông lượng " + n) != null) {
                        acceptedPerCampaign.computeIfAbsent(slot.campaignId(), k -> new AtomicLong()).incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(PATIENCE.toMinutes(), TimeUnit.MINUTES)) throw new IllegalStateException("stuck");
        long acceptedAt = System.nanoTime();
        long accepted = acceptedPerCampaign.values().stream().mapToLong(AtomicLong::get).sum();
        long deadline = acceptedAt + PATIENCE.toNanos();
        long visibleAt;
        while (true) {
            long now = System.nanoTime();
            if (acceptedPerCampaign.entrySet().stream().allMatch(e -> client.registered(e.getKey()) >= e.getValue().get())) {
                visibleAt = now;
                break;
            }
            if (now > deadline) throw new IllegalStateException("end-to-end: not all commands visible in reporting");
            Thread.sleep(100);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("e2e_commands", accepted);
        figures.put("e2e_refused", refused.get());
        figures.put("e2e_accept_per_s", accepted / ((acceptedAt - start) / 1e9));
        figures.put("e2e_per_s", accepted / ((visibleAt - start) / 1e9));
        return figures;
    }

    /**
     * Commands at {@code rate} a second for {@code seconds} (open loop: one is sent every 1/rate s whether or not the
     * earlier ones were answered); freshness = accepted (201 received) → first 200 from reporting's
     * {@code /api/models/{id}}, polled every {@link #POLL}, for up to {@value #TRACKED_PER_S} commands a second,
     * the oldest {@value #POLL_WINDOW} pending at a time, in parallel.
     */
    Map<String, Object> freshness(int rate, int seconds) throws Exception {
        int total = rate * seconds;
        int stride = Math.max(1, rate / TRACKED_PER_S);
        Slots slots = Slots.launch(client, units, total);
        record Pending(String modelId, long acceptedAt, long[] lastPoll) {
        }
        ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger accepted = new AtomicInteger();
        AtomicLong lastAccepted = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        ExecutorService pollers = Executors.newFixedThreadPool(POLL_WINDOW);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        Thread ticker = new Thread(() -> {
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                int n = i;
                senders.execute(() -> {
                    Slots.Slot slot = slots.slot(n);
                    String id = client.register(slot.campaignId(), slot.unitId(), "Mô hình nhịp " + rate + " số " + n);
                    long at = System.nanoTime();
                    if (id == null) return;
                    accepted.incrementAndGet();
                    lastAccepted.accumulateAndGet(at, Math::max);
                    if (n % stride == 0) pending.add(new Pending(id, at, new long[]{at}));
                });
            }
            senders.shutdown();
        }, "bench-ticker");
        ticker.start();
        long deadline = start + Duration.ofSeconds(seconds).toNanos() + PATIENCE.toNanos();
        int missing = 0;
        while (ticker.isAlive() || !senders.isTerminated() || !pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                missing = pending.size();
                break;
            }
            // the oldest few only, polled at once: a sweep over every pending model, one request after another,
            // took longer as more were pending and reported its own length as freshness
            List<Callable<Void>> polls = new ArrayList<>();
            int window = 0;
            for (Pending p : pending) {
                if (window++ == POLL_WINDOW) break;
                long now = System.nanoTime();
                if (now - p.lastPoll()[0] < POLL.toNanos()) continue;
                p.lastPoll()[0] = now;
                polls.add(() -> {
                    if (client.visible(p.modelId())) {
                        millis.add((System.nanoTime() - p.acceptedAt()) / 1e6);
                        pending.remove(p);
                    }
                    return null;
                });
            }
            if (!polls.isEmpty()) pollers.invokeAll(polls);
            Thread.sleep(5);
        }
        senders.shutdownNow();
        pollers.shutdownNow();
        Percentiles freshness = Percentiles.of(millis);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("freshness_p50_ms_at_" + rate, freshness.p50());
        figures.put("freshness_p99_ms_at_" + rate, freshness.p99());
        figures.put("freshness_max_ms_at_" + rate, freshness.max());
        figures.put("freshness_samples_at_" + rate, freshness.count());
        figures.put("freshness_missing_at_" + rate, missing);
        figures.put("accepted_per_s_at_" + rate, accepted.get() / Math.max(1e-9, (lastAccepted.get() - start) / 1e9));
        out.printf("  %d/s: %d accepted, p50 %.0f ms, p99 %.0f ms (%d followed)%n", rate, accepted.get(),
                freshness.p50(), freshness.p99(), freshness.count());
        return figures;
    }

    /**
     * Enough fresh campaigns of the organiser that {@code commands} registrations fit the cap of
     * {@value StackClient#PER_UNIT} a unit; command n goes to unit n mod units of campaign n / capacity.
     */
    record Slots(List<String> campaigns, List<String> units) {

        record Slot(String campaignId, String unitId) {
        }

        static Slots launch(StackClient client, List<String> units, int commands) throws Exception {
            int capacity = StackClient.PER_UNIT * units.size();
            List<String> campaigns = new ArrayList<>();
            for (int i = 0; i < (commands + capacity - 1) / capacity; i++) campaigns.add(client.launchCampaign());
            long deadline = System.nanoTime() + PATIENCE.toNanos(); // behind the tree's events in reporting
            for (String campaign : campaigns) {
                while (!client.campaignKnown(campaign)) {
                    if (System.nanoTime() > deadline) throw new IllegalStateException("campaign " + campaign + " unknown");
                    Thread.sleep(100);
                }
            }
            return new Slots(List.copyOf(campaigns), units);
        }

        Slot slot(int n) {
            int capacity = StackClient.PER_UNIT * units.size();
            return new Slot(campaigns.get(n / capacity), units.get(n % units.size()));
        }
    }
}
