package vn.thidua.review.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.contracts.ComprehensiveCriterion;
import vn.thidua.review.application.ReviewCaseCommands;
import vn.thidua.review.application.ReviewCaseQueries;
import vn.thidua.review.application.ReviewCaseStore.CaseFilter;
import vn.thidua.review.application.ReviewCaseView;
import vn.thidua.review.domain.AuthorityDocumentKind;
import vn.thidua.review.domain.CriterionMark;
import vn.thidua.review.domain.EffectivenessVerdict;
import vn.thidua.review.domain.ReviewMilestone;
import vn.thidua.review.domain.RecognitionDecision;

import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/review-cases")
public class ReviewCaseController {

    private final ReviewCaseCommands commands;
    private final ReviewCaseQueries queries;

    public ReviewCaseController(ReviewCaseCommands commands, ReviewCaseQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public record RoutingRequest(String authorityUnitId, String reason) {
    }

    public record SurveyRequest(LocalDate surveyedOn, List<String> inspectors, String findings) {
    }

    public record CriterionRequest(ComprehensiveCriterion criterion, Boolean met, String evidence) {
    }

    public record CriteriaRequest(List<CriterionRequest> criteria) {
    }

    public record SupplementRequest(String request, LocalDate dueOn) {
    }

    public record MeetingRequest(LocalDate heldOn, String chair, List<String> membersPresent, Integer membersTotal,
                                 Integer votesFor, Integer votesAgainst, Integer votesAbstaining, String conclusion) {
    }

    public record DecisionRequest(String decisionNumber, LocalDate decidedOn, String signer, String level) {

        RecognitionDecision decision() {
            return new RecognitionDecision(decisionNumber, decidedOn, signer, level);
        }
    }

    public record EffectivenessRequest(ReviewMilestone milestone, Integer year, EffectivenessVerdict verdict,
                                       String evidence, LocalDate assessedOn) {
    }

    public record ReasonsRequest(LocalDate decidedOn, String decisionNumber, List<String> reasons) {
    }

    @Operation(summary = "Danh sách hồ sơ xét công nhận trong phạm vi đơn vị (lọc: phong trào, mô hình, trạng thái, "
            + "cấp có thẩm quyền, lĩnh vực, quá hạn bổ sung) / Review cases within the caller's reach")
    @GetMapping
    public List<ReviewCaseView> reviewCases(@RequestParam(required = false) String campaignId,
                                            @RequestParam(required = false) String modelId,
                                            @RequestParam(required = false) String status,
                                            @RequestParam(required = false) String authorityUnitId,
                                            @RequestParam(required = false) String field,
                                            @RequestParam(defaultValue = "false") boolean overdue) {
        return queries.reviewCases(new CaseFilter(campaignId, modelId, status, authorityUnitId, field), overdue);
    }

    @Operation(summary = "Một hồ sơ xét công nhận / One review case")
    @GetMapping("/{reviewCaseId}")
    public ReviewCaseView reviewCase(@PathVariable String reviewCaseId) {
        return queries.reviewCase(reviewCaseId);
    }

    @Operation(summary = "Ban Dân vận định tuyến hồ sơ thủ công, nêu lý do / The board routes a case by hand")
    @PostMapping("/{reviewCaseId}/routing")
    public ResponseEntity<Void> route(@PathVariable String reviewCaseId, @RequestBody RoutingRequest body) {
        commands.routeByHand(reviewCaseId, body.authorityUnitId(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Ghi kết quả khảo sát, kiểm tra / Record the survey")
    @PostMapping("/{reviewCaseId}/surveys")
    public ResponseEntity<Void> survey(@PathVariable String reviewCaseId, @RequestBody SurveyRequest body) {
        commands.recordSurvey(reviewCaseId, body.surveyedOn(), body.inspectors(), body.findings());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Đánh giá tiêu chí mô hình toàn diện / Assess a comprehensive model's criteria")
    @PostMapping("/{reviewCaseId}/criteria")
    public ResponseEntity<Void> criteria(@PathVariable String reviewCaseId, @RequestBody CriteriaRequest body) {
        List<CriterionMark> marks = body.criteria() == null ? null : body.criteria().stream()
                .map(c -> c == null ? null : new CriterionMark(c.criterion(), c.met(), c.evidence())).toList();
        commands.assessCriteria(reviewCaseId, marks);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Yêu cầu đơn vị bổ sung, có hạn / Ask the unit for a supplement by a due date")
    @PostMapping("/{reviewCaseId}/supplement-requests")
    public Map<String, String> requestSupplement(@PathVariable String reviewCaseId,
                                                 @RequestBody SupplementRequest body) {
        return Map.of("requestId", commands.requestSupplement(reviewCaseId, body.request(), body.dueOn()));
    }

    @Operation(summary = "Tải lên tài liệu của cấp có thẩm quyền: biên bản họp xét, tờ trình / "
            + "Upload the authority's document: minutes, submission",
            description = "Multipart: kind (MINUTES, SUBMISSION), reference, issuedOn (yyyy-MM-dd), file. The file is "
                    + "accepted by its content, never its name: PDF, DOCX, JPEG, PNG, at most "
                    + "thidua.review.documents.max-file-size. Refusals are problem+json naming the fields.")
    @PostMapping(path = "/{reviewCaseId}/authority-documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Void> authorityDocument(@PathVariable String reviewCaseId,
                                                  @RequestParam(required = false) String kind,
                                                  @RequestParam(required = false) String reference,
                                                  @RequestParam(required = false) String issuedOn,
                                                  @RequestParam(required = false) MultipartFile file) throws IOException {
        List<FieldIssue> unreadable = new ArrayList<>();
        AuthorityDocumentKind documentKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                documentKind = AuthorityDocumentKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                unreadable.add(FieldIssue.of("kind", "invalid-value"));
            }
        }
        LocalDate issued = null;
        if (issuedOn != null && !issuedOn.isBlank()) {
            try {
                issued = LocalDate.parse(issuedOn.strip());
            } catch (DateTimeParseException e) {
                unreadable.add(FieldIssue.of("issuedOn", "invalid-value"));
            }
        }
        if (!unreadable.isEmpty()) throw new InvalidInput(unreadable);
        commands.recordAuthorityDocument(reviewCaseId, documentKind, reference, issued,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getInputStream());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Tải về tài liệu của cấp có thẩm quyền / Download an authority document")
    @GetMapping("/{reviewCaseId}/authority-documents/{documentId}")
    public ResponseEntity<byte[]> authorityDocumentContent(@PathVariable String reviewCaseId,
                                                                        @PathVariable String documentId) throws IOException {
        return AuthorityDownloads.of(queries.authorityDocument(reviewCaseId, documentId));
    }

    @Operation(summary = "Ghi cuộc họp xét: chủ trì, thành phần, biểu quyết, kết luận / Record the review meeting")
    @PostMapping("/{reviewCaseId}/meeting")
    public ResponseEntity<Void> meeting(@PathVariable String reviewCaseId, @RequestBody MeetingRequest body) {
        commands.holdMeeting(reviewCaseId, body.heldOn(), body.chair(), body.membersPresent(), body.membersTotal(),
                body.votesFor(), body.votesAgainst(), body.votesAbstaining(), body.conclusion());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Công nhận điển hình theo quyết định (đơn vị công nhận là đơn vị của người dùng) / "
            + "Recognise the model by a decision (the recognising unit is the caller's unit)")
    @PostMapping("/{reviewCaseId}/recognition")
    public ResponseEntity<Void> recognize(@PathVariable String reviewCaseId, @RequestBody DecisionRequest body) {
        commands.recognize(reviewCaseId, body.decision());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Không công nhận, nêu lý do / Decline recognition, with reasons")
    @PostMapping("/{reviewCaseId}/declination")
    public ResponseEntity<Void> decline(@PathVariable String reviewCaseId, @RequestBody ReasonsRequest body) {
        commands.decline(reviewCaseId, body.decidedOn(), body.reasons());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Đánh giá hoạt động hiệu quả tại mốc sơ kết, tổng kết / "
            + "Assess the model's effectiveness at a campaign milestone")
    @PostMapping("/{reviewCaseId}/effectiveness")
    public ResponseEntity<Void> effectiveness(@PathVariable String reviewCaseId, @RequestBody EffectivenessRequest body) {
        commands.assessEffectiveness(reviewCaseId, body.milestone(), body.year(), body.verdict(), body.evidence(),
                body.assessedOn());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Thu hồi công nhận, nêu lý do / Revoke a recognition, with reasons")
    @PostMapping("/{reviewCaseId}/revocation")
    public ResponseEntity<Void> revoke(@PathVariable String reviewCaseId, @RequestBody ReasonsRequest body) {
        commands.revoke(reviewCaseId, body.decidedOn(), body.decisionNumber(), body.reasons());
        return ResponseEntity.noContent().build();
    }
}
