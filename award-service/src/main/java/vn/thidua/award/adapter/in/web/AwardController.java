package vn.thidua.award.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.award.application.AwardCommands;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.AwardQueries;
import vn.thidua.award.application.AwardViewStore;
import vn.thidua.award.application.EligibleModelView;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
public class AwardController {

    private final AwardCommands commands;
    private final AwardQueries queries;

    public AwardController(AwardCommands commands, AwardQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Mô hình đủ điều kiện khen thưởng trong phạm vi đơn vị / Eligible models within the caller's units")
    @GetMapping("/api/eligible-models")
    public List<EligibleModelView> eligibleModels(@RequestParam(required = false) String campaignId) {
        return queries.eligibleModels(campaignId);
    }

    @Operation(summary = "Đề nghị khen thưởng / Propose an award for a recognised model")
    @PostMapping("/api/models/{modelId}/award-proposals")
    public ResponseEntity<Map<String, String>> propose(@PathVariable String modelId,
                                                       @Valid @RequestBody ProposeAwardRequest request) {
        String proposalId = commands.propose(modelId, request.awardForm(), request.reason());
        return ResponseEntity.created(URI.create("/api/award-proposals/" + proposalId))
                .body(Map.of("proposalId", proposalId));
    }

    @Operation(summary = "Quyết định khen thưởng / Decide an award proposal")
    @PostMapping("/api/models/{modelId}/award-proposals/{proposalId}/decision")
    public ResponseEntity<Void> decide(@PathVariable String modelId, @PathVariable String proposalId,
                                       @Valid @RequestBody DecideAwardRequest request) {
        commands.decide(modelId, proposalId, request.outcome(), request.decisionNumber());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Danh sách đề nghị khen thưởng trong phạm vi đơn vị / Award proposals within the caller's units")
    @GetMapping("/api/award-proposals")
    public List<AwardProposalView> proposals(@RequestParam(required = false) String campaignId,
                                             @RequestParam(required = false) String modelId,
                                             @RequestParam(required = false) String roundId) {
        return queries.proposals(new AwardViewStore.ProposalCriteria(campaignId, modelId, roundId, null));
    }

    @Operation(summary = "Một đề nghị khen thưởng / One award proposal")
    @GetMapping("/api/award-proposals/{proposalId}")
    public AwardProposalView proposal(@PathVariable String proposalId) {
        return queries.proposal(proposalId);
    }
}
