package vn.thidua.review.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.review.application.routing.OrganisationTree;
import vn.thidua.review.application.routing.RoutingTables;
import vn.thidua.review.domain.AssessCriteriaCommand;
import vn.thidua.review.domain.AssessEffectivenessCommand;
import vn.thidua.review.domain.EffectivenessVerdict;
import vn.thidua.review.domain.ReviewMilestone;
import vn.thidua.review.domain.AuthorityDocumentKind;
import vn.thidua.review.domain.CriterionMark;
import vn.thidua.review.domain.DeclineRecognitionCommand;
import vn.thidua.review.domain.HoldReviewMeetingCommand;
import vn.thidua.review.domain.MeetingRules;
import vn.thidua.review.domain.RecognitionDecision;
import vn.thidua.review.domain.RecognizeModelCommand;
import vn.thidua.review.domain.RecordAuthorityDocumentCommand;
import vn.thidua.review.domain.RecordSurveyCommand;
import vn.thidua.review.domain.RequestSupplementCommand;
import vn.thidua.review.domain.RevokeRecognitionCommand;
import vn.thidua.review.domain.RouteCaseByHandCommand;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import vn.thidua.review.application.documents.AuthorityFiles;
import vn.thidua.review.application.documents.UploadCheck;
import vn.thidua.review.domain.StoredFile;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import static vn.thidua.review.application.access.ReviewAccess.RECOGNISERS;
import static vn.thidua.review.application.access.ReviewAccess.ROUTERS;

/**
 * What people do to review cases. The board routes a case by hand over the case's unit; everything else is
 * the recognising authority's, and only the users of the unit the case is routed to may do it. The unit
 * recorded as deciding is the caller's own (from the verified token, never from the request).
 */
@Service
public class ReviewCaseCommands {

    /** At most this many cases in one decision (one submission with its list). */
    public static final int BATCH_MAX = 200;

    private final CommandGateway commands;
    private final ReviewCaseStore cases;
    private final AccessGuard guard;
    private final OrganisationTree tree;
    private final MeetingRules meetingRules;
    private final Clock clock;
    private final AuthorityFiles files;
    private final RoutingTables routing;
    private final long maxFileBytes;

    public ReviewCaseCommands(CommandGateway commands, ReviewCaseStore cases, AccessGuard guard,
                              OrganisationTree tree, MeetingRules meetingRules, Clock clock, AuthorityFiles files,
                              @Value("${thidua.review.documents.max-file-size:20MB}") DataSize maxFileSize,
                              RoutingTables routing) {
        this.routing = routing;
        this.files = files;
        this.maxFileBytes = maxFileSize.toBytes();
        this.commands = commands;
        this.cases = cases;
        this.guard = guard;
        this.tree = tree;
        this.meetingRules = meetingRules;
        this.clock = clock;
    }

    public void routeByHand(String reviewCaseId, String authorityUnitId, String reason) {
        guard.requireRole(ROUTERS);
        ReviewCaseView view = find(reviewCaseId);
        guard.require(view.getUnitId(), ROUTERS);
        if (authorityUnitId != null && !authorityUnitId.isBlank()) {
            var unit = tree.find(authorityUnitId.strip());
            if (unit.isEmpty()) throw new InvalidInput(FieldIssue.of("authorityUnitId", "unit-unknown"));
            if (!routing.canBeAuthority(unit.get())) {
                throw new InvalidInput(FieldIssue.of("authorityUnitId", "not-an-authority"));
            }
            guard.require(authorityUnitId.strip(), ROUTERS);
        }
        commands.sendAndWait(new RouteCaseByHandCommand(reviewCaseId, authorityUnitId, reason));
    }

    public void recordSurvey(String reviewCaseId, LocalDate surveyedOn, List<String> inspectors, String findings) {
        actable(reviewCaseId);
        commands.sendAndWait(new RecordSurveyCommand(reviewCaseId, surveyedOn, inspectors, findings, today()));
    }

    public void assessCriteria(String reviewCaseId, List<CriterionMark> criteria) {
        actable(reviewCaseId);
        commands.sendAndWait(new AssessCriteriaCommand(reviewCaseId, criteria));
    }

    /** @return the id of the new request */
    public String requestSupplement(String reviewCaseId, String request, LocalDate dueOn) {
        actable(reviewCaseId);
        String requestId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestSupplementCommand(reviewCaseId, requestId, request, dueOn, today()));
        return requestId;
    }

    /**
     * Stores the uploaded file (checked by {@link UploadCheck}) and records the document; the stored bytes are
     * deleted again if the case refuses it. Without a file ({@code content} null) the case names what is missing.
     */
    public void recordAuthorityDocument(String reviewCaseId, AuthorityDocumentKind kind, String reference,
                                        LocalDate issuedOn, String uploadedName, InputStream content) {
        actable(reviewCaseId);
        if (content == null) {
            commands.sendAndWait(new RecordAuthorityDocumentCommand(reviewCaseId, kind, reference, issuedOn, null, today()));
            return;
        }
        try (UploadCheck.Upload upload = UploadCheck.receive(content, maxFileBytes)) {
            String fileName = UploadCheck.fileName(uploadedName, upload.mediaType());
            String documentId = files.store(upload.path(), fileName, upload.mediaType(), reviewCaseId, upload.sha256());
            StoredFile file = new StoredFile(documentId, fileName, upload.mediaType(), upload.sizeBytes(), upload.sha256());
            try {
                commands.sendAndWait(new RecordAuthorityDocumentCommand(reviewCaseId, kind, reference, issuedOn, file,
                        today()));
            } catch (RuntimeException e) {
                files.delete(documentId);
                throw e;
            }
        }
    }

    public void holdMeeting(String reviewCaseId, LocalDate heldOn, String chair, List<String> membersPresent,
                            Integer membersTotal, Integer votesFor, Integer votesAgainst, Integer votesAbstaining,
                            String conclusion) {
        actable(reviewCaseId);
        commands.sendAndWait(new HoldReviewMeetingCommand(reviewCaseId, heldOn, chair, membersPresent, membersTotal,
                votesFor, votesAgainst, votesAbstaining, conclusion, meetingRules, today()));
    }

    public void recognize(String reviewCaseId, RecognitionDecision decision) {
        String unit = actable(reviewCaseId);
        commands.sendAndWait(new RecognizeModelCommand(reviewCaseId, unit, decision));
    }

    /**
     * One decision recognising many cases (a submission with its list): every case must be the caller's and
     * ready, or none is recognised; then each is recognised in turn.
     */
    public List<String> recognizeAll(List<String> reviewCaseIds, RecognitionDecision decision) {
        guard.requireRole(RECOGNISERS);
        if (reviewCaseIds == null || reviewCaseIds.isEmpty() || reviewCaseIds.size() > BATCH_MAX
                || reviewCaseIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidInput(FieldIssue.of("reviewCaseIds", "batch-size", BATCH_MAX));
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(reviewCaseIds));
        String unit = null;
        List<FieldIssue> notReady = new ArrayList<>();
        for (String id : ids) {
            unit = actable(id);
            ReviewCaseView view = find(id);
            if (!ReviewCaseView.OPEN.equals(view.getStatus()) || !view.getMissing().isEmpty()
                    || view.getMeeting() == null || !view.getMeeting().passed() || view.isContentAwaitsConfirmation()
                    || view.openSupplement() != null) {
                notReady.add(FieldIssue.of("reviewCaseIds", "case-not-ready", id));
            }
        }
        if (!notReady.isEmpty()) throw new StateConflict("batch-not-ready", notReady, notReady.size());
        for (String id : ids) commands.sendAndWait(new RecognizeModelCommand(id, unit, decision));
        return ids;
    }

    public void decline(String reviewCaseId, LocalDate decidedOn, List<String> reasons) {
        String unit = actable(reviewCaseId);
        commands.sendAndWait(new DeclineRecognitionCommand(reviewCaseId, unit, decidedOn, reasons));
    }

    public void revoke(String reviewCaseId, LocalDate decidedOn, String decisionNumber, List<String> reasons) {
        String unit = actable(reviewCaseId);
        commands.sendAndWait(new RevokeRecognitionCommand(reviewCaseId, unit, decidedOn, decisionNumber, reasons));
    }

    /** An effectiveness check at a campaign milestone (đánh giá hoạt động hiệu quả), by the routed authority. */
    public void assessEffectiveness(String reviewCaseId, ReviewMilestone milestone, Integer year,
                                    EffectivenessVerdict verdict, String evidence, LocalDate assessedOn) {
        String unit = actable(reviewCaseId);
        commands.sendAndWait(new AssessEffectivenessCommand(reviewCaseId, unit, milestone, year, verdict, evidence,
                assessedOn, today()));
    }

    /** Refuses (403) unless the caller is a recogniser of the very unit the case is routed to; returns that unit. */
    private String actable(String reviewCaseId) {
        guard.requireRole(RECOGNISERS);
        ReviewCaseView view = find(reviewCaseId);
        String unit = CurrentCaller.get().map(Caller::unitId).orElseThrow(() -> new OutsideJurisdiction("unit"));
        String authority = view.getAuthorityUnitId();
        if (authority == null || !authority.equals(unit) || !guard.allows(authority, RECOGNISERS)) {
            throw new OutsideJurisdiction("unit");
        }
        return unit;
    }

    private ReviewCaseView find(String reviewCaseId) {
        return cases.find(reviewCaseId)
                .orElseThrow(() -> new NotFound("hồ sơ xét công nhận", "review case", reviewCaseId));
    }

    private LocalDate today() {
        return VietnamTime.today(clock);
    }
}
