package vn.thidua.reporting.application.dashboard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;
import vn.thidua.reporting.domain.target.TargetCoverage;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Precomputed rollups: each (campaign, period, standing day) is folded once per projection version and then answered
 * from memory until the projection moves on; the tree and a campaign's models are read once per version. Why this
 * stays right for any "as of" day and for merged communes: the README, "Precomputed rollups".
 */
@Service
public class CoverageRollups {

    /** Rollups kept per projection version (least recently used go first). */
    public static final int CAPACITY = 64;

    private final ProjectionStore projection;
    private final ProjectionVersion version;
    private Snapshot snapshot;
    private UnitTree tree;
    private String treeVersion;

    @Autowired
    public CoverageRollups(ProjectionStore projection, ProjectionVersion version) {
        this.projection = projection;
        this.version = version;
    }

    /** Without a version to follow: every answer is folded afresh (plain-class tests). */
    public static CoverageRollups uncached(ProjectionStore projection) {
        AtomicLong calls = new AtomicLong();
        return new CoverageRollups(projection, () -> String.valueOf(calls.incrementAndGet()));
    }

    private record Key(String campaignId, String periodCode, LocalDate day) {
    }

    /** What one projection version holds, read once, and the rollups folded from it. */
    private final class Snapshot {
        final String version;
        private UnitTree tree;
        private final Map<String, List<ModelProgress>> models = new ConcurrentHashMap<>();
        private final Map<Key, TargetCoverage> targets = new ConcurrentHashMap<>();
        private final Map<Key, CoverageRollup> rollups = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CoverageRollup> eldest) {
                return size() > CAPACITY;
            }
        };

        Snapshot(String version) {
            this.version = version;
        }

        synchronized UnitTree tree() {
            if (tree == null) tree = CoverageRollups.this.tree();
            return tree;
        }

        List<ModelProgress> models(String campaignId) {
            return models.computeIfAbsent(campaignId, projection::models);
        }
    }

    /**
     * The campaign's rollup for the period, standing on its last day or the earlier {@code asOf} day; folded at most
     * once per projection version.
     */
    public CoverageRollup rollup(Campaign campaign, ReportPeriod period, LocalDate asOf) {
        LocalDate day = asOf != null && asOf.isBefore(period.to()) ? asOf : period.to();
        Key key = new Key(campaign.campaignId(), period.code(), day);
        Snapshot current = current();
        synchronized (current) {
            CoverageRollup found = current.rollups.get(key);
            if (found != null && found.campaign().equals(campaign)) return found;
        }
        CoverageRollup folded = CoverageRollup.of(campaign, current.tree(), current.models(campaign.campaignId()),
                period, day, VietnamTime.ZONE);
        synchronized (current) {
            current.rollups.put(key, folded);
        }
        return folded;
    }

    /**
     * Coverage against the campaign's targets over its period, or over the one day {@code on}, from the same
     * projection version as the rollups; computed at most once per version.
     */
    public TargetCoverage targetCoverage(Campaign campaign, LocalDate on) {
        Snapshot current = current();
        Key key = new Key(campaign.campaignId(), "targets", on);
        TargetCoverage found = current.targets.get(key);
        if (found != null && found.campaign().equals(campaign)) return found;
        List<ModelProgress> models = current.models(campaign.campaignId());
        TargetCoverage computed = on == null ? TargetCoverage.of(campaign, current.tree(), models)
                : TargetCoverage.of(campaign, current.tree(), models, on, on);
        current.targets.put(key, computed);
        return computed;
    }

    /** Folds every period of the campaign now (its standing days), so the first readers find them ready. */
    public void precompute(Campaign campaign) {
        ReportPeriod.of(campaign).forEach(period -> rollup(campaign, period, null));
    }

    /** The tree, read again only when it may have changed: most batches move models, not units. */
    private synchronized UnitTree tree() {
        String now = version.tree();
        if (tree == null || !now.equals(treeVersion)) {
            tree = new UnitTree(projection.units());
            treeVersion = now;
        }
        return tree;
    }

    private synchronized Snapshot current() {
        String now = version.current();
        if (snapshot == null || !snapshot.version.equals(now)) snapshot = new Snapshot(now);
        return snapshot;
    }
}
