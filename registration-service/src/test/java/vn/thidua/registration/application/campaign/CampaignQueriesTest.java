package vn.thidua.registration.application.campaign;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.NotFound;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The campaign look-ups on an in-memory view store. */
class CampaignQueriesTest {

    private final InMemoryCampaignViews views = new InMemoryCampaignViews();
    private final CampaignQueries queries = new CampaignQueries(views);
    private final CampaignDirectory directory = new CampaignDirectory(views);

    private void campaign(String id, String name, int startYear, String status, String launchedAt) {
        views.save(new CampaignView(id, "D464", name, null, startYear, startYear + 1, List.of(), List.of(), List.of(),
                1, status, Instant.parse(launchedAt), null, null, 0L));
    }

    @Test
    void listsNewestLaunchFirst() {
        campaign("a", "A", 2023, CampaignView.OPEN, "2023-01-01T00:00:00Z");
        campaign("b", "B", 2021, CampaignView.CLOSED, "2024-01-01T00:00:00Z");
        campaign("c", "C", 2022, CampaignView.OPEN, "2022-01-01T00:00:00Z");

        assertThat(queries.campaigns()).extracting(CampaignView::campaignId).containsExactly("b", "a", "c");
    }

    @Test
    void offersOpenCampaignsForRegistrationAndAllForFilters() {
        campaign("a", "Z", 2023, CampaignView.OPEN, "2023-01-01T00:00:00Z");
        campaign("b", "B", 2021, CampaignView.CLOSED, "2024-01-01T00:00:00Z");
        campaign("c", "A", 2023, CampaignView.OPEN, "2022-01-01T00:00:00Z");

        assertThat(queries.openForRegistration()).extracting(CampaignView::campaignId).containsExactly("c", "a");
        assertThat(queries.forFilters()).extracting(CampaignView::campaignId).containsExactly("c", "a", "b");
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        campaign("a", "A", 2023, CampaignView.OPEN, "2023-01-01T00:00:00Z");

        assertThat(queries.campaign("a").name()).isEqualTo("A");
        assertThatThrownBy(() -> queries.campaign("khong-co")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> queries.campaign(null)).isInstanceOf(NotFound.class);
        assertThat(directory.find("a")).isPresent();
        assertThat(directory.find("khong-co")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }
}
