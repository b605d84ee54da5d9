package vn.thidua.review.application;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.review.application.ReviewCaseStore.CaseFilter;

import vn.thidua.review.application.documents.AuthorityFile;
import vn.thidua.review.domain.ReviewMilestone;
import vn.thidua.review.application.documents.AuthorityFiles;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import static vn.thidua.review.application.access.ReviewAccess.READERS;

/**
 * Review cases as the caller may see them: cases of units within the caller's subtree, and cases routed to a
 * unit within it (an authority sees what it must decide). Overdue supplement requests are judged on today.
 */
@Service
public class ReviewCaseQueries {

    private static final int LIMIT = 500;

    private final ReviewCaseStore cases;
    private final AccessGuard guard;
    private final Clock clock;
    private final AuthorityFiles files;

    public ReviewCaseQueries(ReviewCaseStore cases, AccessGuard guard, Clock clock, AuthorityFiles files) {
        this.files = files;
        this.cases = cases;
        this.guard = guard;
        this.clock = clock;
    }

    /** One case; outside the caller's reach 403, whether or not it exists there. */
    public ReviewCaseView reviewCase(String reviewCaseId) {
        guard.requireRole(READERS);
        ReviewCaseView view = cases.find(reviewCaseId)
                .orElseThrow(() -> new NotFound("hồ sơ xét công nhận", "review case", reviewCaseId));
        if (!visible(view)) throw new OutsideJurisdiction("unit");
        return view.judgeOverdue(today());
    }

    /**
     * The effectiveness review of a milestone and year: the open (registered) and recognised cases in reach (of
     * {@code campaignId} if given, routed to {@code authorityUnitId} if given), oldest first, with their verdicts.
     */
    public MilestoneReview milestoneReview(String campaignId, String authorityUnitId, ReviewMilestone milestone,
                                           int year) {
        guard.requireRole(READERS);
        if (year < 2000 || year > today().getYear() + 1) {
            throw new InvalidInput(FieldIssue.of("year", "year-range"));
        }
        List<MilestoneReview.Row> rows = reviewCases(new CaseFilter(campaignId, null, null, authorityUnitId, null), false)
                .stream()
                .filter(c -> ReviewCaseView.OPEN.equals(c.getStatus()) || ReviewCaseView.RECOGNIZED.equals(c.getStatus()))
                .sorted(Comparator.comparing(ReviewCaseView::getOpenedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReviewCaseView::getReviewCaseId))
                .map(c -> {
                    var check = c.getEffectiveness().stream()
                            .filter(e -> milestone.name().equals(e.milestone()) && e.year() == year).findFirst();
                    return new MilestoneReview.Row(c.getReviewCaseId(), c.getModelId(), c.getTitle(), c.getUnitId(),
                            c.getAuthorityUnitId(), c.getStatus(),
                            check.map(ReviewCaseView.Effectiveness::verdict).orElse(MilestoneReview.NOT_ASSESSED),
                            check.map(ReviewCaseView.Effectiveness::evidence).orElse(null),
                            check.map(ReviewCaseView.Effectiveness::assessedOn).orElse(null));
                }).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        MilestoneReview.VERDICTS.forEach(v -> counts.put(v, rows.stream().filter(r -> v.equals(r.verdict())).count()));
        return new MilestoneReview(milestone.name(), year, counts, rows);
    }

    /** An authority document of a case the caller may read; one the case does not list answers as a case out of reach. */
    public AuthorityFile authorityDocument(String reviewCaseId, String documentId) {
        ReviewCaseView view = reviewCase(reviewCaseId);
        return view.getAuthorityDocuments().stream()
                .filter(d -> d.documentId() != null && d.documentId().equals(documentId)).findFirst()
                .flatMap(d -> files.find(documentId))
                .filter(f -> reviewCaseId.equals(f.reviewCaseId()))
                .orElseThrow(() -> new OutsideJurisdiction("unit"));
    }

    public List<ReviewCaseView> reviewCases(String campaignId, String modelId, String status) {
        return reviewCases(new CaseFilter(campaignId, modelId, status, null, null), false);
    }

    /** The cases matching {@code filter}; with {@code overdueOnly} only those with an overdue supplement request. */
    public List<ReviewCaseView> reviewCases(CaseFilter filter, boolean overdueOnly) {
        guard.requireRole(READERS);
        LocalDate today = today();
        var units = guard.visibleUnits(READERS);
        return cases.find(filter, view -> units.test(view.getUnitId()) || units.test(view.getAuthorityUnitId()),
                        LIMIT).stream()
                .map(view -> view.judgeOverdue(today))
                .filter(view -> !overdueOnly || view.isSupplementOverdue())
                .toList();
    }

    /**
     * The cases one recognition decision recognised (the decision's attached list), found from one of them: the
     * same number, date and deciding unit, in the order they were recognised, as far as the caller may see them.
     * Empty unless that case is recognised.
     */
    public List<ReviewCaseView> decisionOf(String reviewCaseId) {
        ReviewCaseView one = reviewCase(reviewCaseId);
        ReviewCaseView.Decision decision = one.getDecision();
        if (!ReviewCaseView.RECOGNIZED.equals(one.getStatus()) || decision == null) return List.of();
        var units = guard.visibleUnits(READERS);
        return cases.find(new CaseFilter(null, null, ReviewCaseView.RECOGNIZED, one.getAuthorityUnitId(), null),
                        view -> (units.test(view.getUnitId()) || units.test(view.getAuthorityUnitId()))
                                && view.getDecision() != null
                                && Objects.equals(view.getDecision().number(), decision.number())
                                && Objects.equals(view.getDecision().decidedOn(), decision.decidedOn())
                                && Objects.equals(view.getDecision().byUnitId(), decision.byUnitId()), LIMIT).stream()
                .sorted(Comparator.comparing(ReviewCaseView::getRecognizedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReviewCaseView::getReviewCaseId))
                .toList();
    }

    /**
     * The case once {@code ready} holds for its view, or as it is after {@code timeout} (the views follow the
     * events shortly after a command: a page waits for its own change before showing the case again).
     */
    public ReviewCaseView awaitCase(String reviewCaseId, Predicate<ReviewCaseView> ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ReviewCaseView view = reviewCase(reviewCaseId);
        while (!ready.test(view) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = reviewCase(reviewCaseId);
        }
        return view;
    }

    private boolean visible(ReviewCaseView view) {
        return guard.allows(view.getUnitId(), READERS) || guard.allows(view.getAuthorityUnitId(), READERS);
    }

    /** Today in Vietnam. */
    public LocalDate today() {
        return VietnamTime.today(clock);
    }
}
