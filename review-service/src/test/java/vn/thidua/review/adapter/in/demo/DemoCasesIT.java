package vn.thidua.review.adapter.in.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.review.ReviewTest;
import vn.thidua.review.application.ReviewCaseCommands;
import vn.thidua.review.application.ReviewCaseStore;
import vn.thidua.review.application.ReviewCaseView;
import vn.thidua.review.application.routing.OrganisationTree;
import vn.thidua.review.application.routing.RoutingTables;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo cases: one in every state once the tree is there, never twice. */
@ReviewTest
class DemoCasesIT {

    @Autowired CommandGateway gateway;
    @Autowired ReviewCaseCommands commands;
    @Autowired ReviewCaseStore cases;
    @Autowired RoutingTables routing;
    @Autowired OrganisationTree tree;
    @Autowired TreeCopy treeCopy;
    @Autowired Clock clock;

    private ReviewCaseView story(String key) {
        return cases.find(ReviewCaseIds.forModel(DemoCases.modelId(key))).orElseThrow()
                .judgeOverdue(VietnamTime.today(clock));
    }

    @Test
    void everyStateAppearsOnceAcrossRestarts(CloudEventRecords records) {
        vn.thidua.testsupport.kafka.OrganisationTree.publish(records, unitId -> treeCopy.find(unitId).isPresent());
        await().atMost(Duration.ofSeconds(60)).until(() -> tree.find("W19369").isPresent());
        DemoCases demo = new DemoCases(gateway, commands, cases, routing, tree, clock);
        demo.seed();
        demo.seed();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, String> status = demo.stories(VietnamTime.today(clock)).keySet().stream()
                    .collect(Collectors.toMap(k -> k, k -> story(k).getStatus()));
            assertThat(status).containsEntry("opened", "OPEN").containsEntry("recognised", "RECOGNIZED")
                    .containsEntry("declined", "DECLINED").containsEntry("revoked", "REVOKED")
                    .containsEntry("effectiveness-assessed", "RECOGNIZED").containsEntry("withdrawn", "CLOSED");
            assertThat(story("surveyed").getSurveys()).hasSize(1);
            assertThat(story("supplement-requested").isSupplementOverdue()).isFalse();
            assertThat(story("supplement-requested").getSupplements()).hasSize(1);
            assertThat(story("supplement-overdue").isSupplementOverdue()).isTrue();
            assertThat(story("meeting-held").getMeeting().passed()).isTrue();
            assertThat(story("meeting-held").getStatus()).isEqualTo("OPEN");
            assertThat(story("effectiveness-assessed").getEffectiveness()).hasSize(1);
            assertThat(story("recognised").getAuthorityDocuments()).extracting(ReviewCaseView.AuthorityDocument::fileName)
                    .containsExactly("bien-ban-hop-xet.pdf", "to-trinh.pdf");
            assertThat(story("needs-routing").getStatus()).isEqualTo("NEEDS_ROUTING");
            assertThat(story("opened").getAuthorityUnitId()).isEqualTo(DemoCases.AUTHORITY);
        });
        List<String> all = cases.find(new ReviewCaseStore.CaseFilter(DemoCases.CAMPAIGN, null, null, null, null),
                v -> v.getTitle() != null && v.getTitle().startsWith("Mô hình trình diễn"), 100)
                .stream().map(ReviewCaseView::getReviewCaseId).toList();
        assertThat(all).as("seeded once").hasSize(11).doesNotHaveDuplicates();
    }
}
