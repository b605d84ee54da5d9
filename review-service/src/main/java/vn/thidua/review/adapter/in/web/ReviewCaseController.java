package vn.thidua.review.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.review.application.ReviewCaseCommands;
import vn.thidua.review.application.ReviewCaseQueries;
import vn.thidua.review.application.ReviewCaseView;

import java.util.List;

@RestController
@RequestMapping("/api/review-cases")
public class ReviewCaseController {

    private final ReviewCaseCommands commands;
    private final ReviewCaseQueries queries;

    public ReviewCaseController(ReviewCaseCommands commands, ReviewCaseQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Danh sách hồ sơ xét công nhận trong phạm vi đơn vị / Review cases within the caller's units")
    @GetMapping
    public List<ReviewCaseView> reviewCases(@RequestParam(required = false) String campaignId,
                                            @RequestParam(required = false) String modelId,
                                            @RequestParam(required = false) String status) {
        return queries.reviewCases(campaignId, modelId, status);
    }

    @Operation(summary = "Một hồ sơ xét công nhận / One review case")
    @GetMapping("/{reviewCaseId}")
    public ReviewCaseView reviewCase(@PathVariable String reviewCaseId) {
        return queries.reviewCase(reviewCaseId);
    }

    @Operation(summary = "Công nhận điển hình (đơn vị công nhận là đơn vị của người dùng) / "
            + "Recognise the model as typical (the recognising unit is the caller's unit)")
    @PostMapping("/{reviewCaseId}/recognition")
    public ResponseEntity<Void> recognize(@PathVariable String reviewCaseId) {
        commands.recognize(reviewCaseId);
        return ResponseEntity.noContent().build();
    }
}
