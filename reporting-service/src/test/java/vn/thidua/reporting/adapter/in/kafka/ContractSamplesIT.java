package vn.thidua.reporting.adapter.in.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.support.MessageBuilder;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.messaging.InboundEvent;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.reporting.ReportingTest;
import vn.thidua.testsupport.contracts.ContractSamples;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** This service's reader (its object mapper) reads every contract sample of the topics it consumes, all of it known. */
@ReportingTest
class ContractSamplesIT {

    @Autowired ObjectMapper json;

    @Test
    void readsEverySampleOfItsTopicsWithNothingUnknown() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        InboundEvents reader = new InboundEvents(json, meters);
        List<String> topics = List.of(Topics.REGISTRATION, Topics.REVIEW, Topics.AWARD);

        assertThat(ContractSamples.unreadable(topics, (body, headers) -> reader
                .read(MessageBuilder.withPayload(body).copyHeaders(headers).build())
                .map(InboundEvent::payload).orElse(null))).isEmpty();
        assertThat(meters.getMeters()).as("unknown fields, values or types in the samples").isEmpty();
    }
}
