package vn.thidua.registration.adapter.in.web.dossier;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When an upload exceeds the multipart limit, Tomcat by default stops reading the request and closes the
 * connection once the error response is written; a client still sending its file then sees "broken pipe" or
 * "connection reset" instead of our 413 problem. With {@code swallowAbortedUploads} Tomcat reads and drops the
 * rest of the body (at most {@code server.tomcat.max-swallow-size}) so the answer arrives.
 */
@Configuration
class TomcatUploadConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> swallowAbortedUploads() {
        return factory -> factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
    }
}
