package vn.thidua.award.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.AwardProposalView.ProposalStatus;
import vn.thidua.award.application.RoundSummary;
import vn.thidua.award.application.RoundView;
import vn.thidua.award.application.report.ProposalReports;
import vn.thidua.award.application.round.RoundCommands;
import vn.thidua.award.application.round.RoundInputs;
import vn.thidua.award.application.round.RoundQueries;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.award.domain.round.Verdict;
import vn.thidua.contracts.AwardOutcome;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Award rounds (đợt khen thưởng): opening, closing and reopening them, adding forms, proposals within them with
 * their reports, decisions.
 */
@RestController
public class RoundController {

    private final RoundCommands commands;
    private final RoundQueries queries;
    private final ProposalReports reports;

    public RoundController(RoundCommands commands, RoundQueries queries, ProposalReports reports) {
        this.commands = commands;
        this.queries = queries;
        this.reports = reports;
    }

    @Operation(summary = "Các đợt khen thưởng trong phạm vi / Award rounds within the caller's reach")
    @GetMapping("/api/award-rounds")
    public List<RoundView> rounds() {
        return queries.rounds();
    }

    @Operation(summary = "Mở đợt khen thưởng / Open an award round")
    @PostMapping("/api/award-rounds")
    public ResponseEntity<Map<String, String>> open(@Valid @RequestBody OpenRoundRequest request) {
        String roundId = commands.open(new RoundInputs.NewRound(request.name(), request.kind(), request.campaignId(),
                request.councilUnitId(), request.councilLevel(), request.proposalDeadline(), request.formCodes(),
                request.budget()));
        return ResponseEntity.created(URI.create("/api/award-rounds/" + roundId)).body(Map.of("roundId", roundId));
    }

    @Operation(summary = "Một đợt khen thưởng với tổng tiền thưởng so với kinh phí / One round with its total against its budget")
    @GetMapping("/api/award-rounds/{roundId}")
    public RoundSummary round(@PathVariable String roundId) {
        return queries.round(roundId);
    }

    @Operation(summary = "Kết thúc nhận đề nghị / Close the round for proposals")
    @PostMapping("/api/award-rounds/{roundId}/close")
    public ResponseEntity<Void> close(@PathVariable String roundId) {
        commands.close(roundId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Mở lại đợt kèm lý do và hạn mới / Reopen the round with a reason and a new deadline")
    @PostMapping("/api/award-rounds/{roundId}/reopen")
    public ResponseEntity<Void> reopen(@PathVariable String roundId, @Valid @RequestBody ReopenRequest request) {
        commands.reopen(roundId, request.reason(), request.proposalDeadline());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Danh sách đề nghị của đợt / The round's proposals within the caller's units")
    @GetMapping("/api/award-rounds/{roundId}/proposals")
    public List<AwardProposalView> proposals(@PathVariable String roundId,
                                             @RequestParam(required = false) ProposalStatus status) {
        return queries.proposals(roundId, status);
    }

    @Operation(summary = "Đề nghị khen thưởng trong đợt / Propose a model, a collective, an individual or a household")
    @PostMapping("/api/award-rounds/{roundId}/proposals")
    public ResponseEntity<Map<String, String>> propose(@PathVariable String roundId,
                                                       @Valid @RequestBody ProposeRequest request) {
        String proposalId = commands.propose(roundId, new RoundInputs.NewProposal(request.recipientKind(),
                request.modelId(), request.name(), request.position(), request.unitId(), request.formCode(),
                request.summary(), request.reportReference()));
        return ResponseEntity.created(URI.create("/api/award-proposals/" + proposalId))
                .body(Map.of("proposalId", proposalId));
    }

    @Operation(summary = "Quyết định khen thưởng cho danh sách / Decide the listed proposals in one decision")
    @PostMapping("/api/award-rounds/{roundId}/decisions")
    public ResponseEntity<Void> decide(@PathVariable String roundId, @Valid @RequestBody DecisionRequest request) {
        commands.decide(roundId, new RoundInputs.Decision(request.decisionNumber(), request.decisionDate(),
                request.signer(), request.verdicts().stream()
                .map(v -> new Verdict(v.proposalId(), v.outcome(), v.reason())).toList()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Thêm hình thức cho đợt / Let the round give more forms of the catalogue")
    @PostMapping("/api/award-rounds/{roundId}/forms")
    public ResponseEntity<Void> addForms(@PathVariable String roundId, @Valid @RequestBody FormsRequest request) {
        commands.addForms(roundId, request.formCodes());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Đính kèm báo cáo thành tích (PDF, Word, ảnh) / Attach the proposal's report (PDF, Word, image)")
    @PostMapping(path = "/api/award-proposals/{proposalId}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Void> attachReport(@PathVariable String proposalId,
                                             @RequestPart("report") MultipartFile report) throws IOException {
        commands.attachReport(proposalId, ReportDownloads.upload(report));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Tải báo cáo thành tích / Download the proposal's report")
    @GetMapping("/api/award-proposals/{proposalId}/report")
    public ResponseEntity<byte[]> report(@PathVariable String proposalId) {
        return ReportDownloads.of(reports.content(null, proposalId));
    }

    @Operation(summary = "Rút đề nghị khen thưởng / Withdraw a pending proposal")
    @PostMapping("/api/award-proposals/{proposalId}/withdrawal")
    public ResponseEntity<Void> withdraw(@PathVariable String proposalId, @Valid @RequestBody WithdrawRequest request) {
        commands.withdraw(proposalId, request.reason());
        return ResponseEntity.noContent().build();
    }

    public record OpenRoundRequest(@NotBlank @Size(max = 300) String name, @NotNull RoundKind kind,
                                   @Size(max = 100) String campaignId, @NotBlank @Size(max = 100) String councilUnitId,
                                   @Size(max = 40) String councilLevel, @NotNull LocalDate proposalDeadline,
                                   @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 80) String> formCodes,
                                   @PositiveOrZero Long budget) {
    }

    public record ReopenRequest(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate proposalDeadline) {
    }

    /** A model ({@code modelId}), or a nominee by name and unit; {@code recipientKind} defaults to a collective for a model. */
    public record ProposeRequest(RecipientKind recipientKind, @Size(max = 100) String modelId,
                                 @Size(max = 300) String name, @Size(max = 300) String position,
                                 @Size(max = 100) String unitId, @NotBlank @Size(max = 80) String formCode,
                                 @NotBlank @Size(max = 4000) String summary,
                                 @NotBlank @Size(max = 500) String reportReference) {
    }

    public record DecisionRequest(@Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
                                  @Size(max = 200) String signer,
                                  @NotEmpty @Size(max = 2000) List<@Valid @NotNull VerdictRequest> verdicts) {
    }

    public record VerdictRequest(@NotBlank @Size(max = 100) String proposalId, @NotNull AwardOutcome outcome,
                                 @Size(max = 2000) String reason) {
    }

    public record FormsRequest(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 80) String> formCodes) {
    }

    public record WithdrawRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}
