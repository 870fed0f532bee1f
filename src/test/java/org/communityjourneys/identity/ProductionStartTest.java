package org.communityjourneys.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityjourneys.CommunityJourneysApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production never starts with a default or missing administrator password. */
class ProductionStartTest {

    @Test
    void productionRefusesToStartWithoutAnAdministratorPassword() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(CommunityJourneysApplication.class)
                .profiles("production");

        assertThatThrownBy(() -> production.run(
                "--server.port=0",
                "--communityjourneys.admin.password=",
                // a throw-away embedded database keeps the attempt cheap
                "--communityjourneys.embedded-db.throw-away=true",
                "--communityjourneys.embedded-db.durable=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                // no production frontend bundle in a test build
                "--vaadin.productionMode=false"))
                .hasStackTraceContaining("set CJ_ADMIN_PASSWORD");
    }
}
