package vn.thidua.review.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.review.application.ReviewCaseCommands;
import vn.thidua.review.domain.RecognitionDecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One decision recognising many cases: a submission (tờ trình) with its attached list. */
@RestController
public class RecognitionDecisionController {

    private final ReviewCaseCommands commands;

    public RecognitionDecisionController(ReviewCaseCommands commands) {
        this.commands = commands;
    }

    public record BatchDecisionRequest(String decisionNumber, LocalDate decidedOn, String signer, String level,
                                       List<String> reviewCaseIds) {
    }

    @Operation(summary = "Một quyết định công nhận nhiều hồ sơ (tờ trình kèm danh sách) / "
            + "One decision recognising many cases; all ready or none is recognised")
    @PostMapping("/api/recognition-decisions")
    public Map<String, List<String>> decide(@RequestBody BatchDecisionRequest body) {
        return Map.of("recognized", commands.recognizeAll(body.reviewCaseIds(),
                new RecognitionDecision(body.decisionNumber(), body.decidedOn(), body.signer(), body.level())));
    }
}
