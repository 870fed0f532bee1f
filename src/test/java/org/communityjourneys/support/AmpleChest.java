package org.communityjourneys.support;

import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Test classes share a Spring context and so its database, and most of them launch journeys, each
 * reserving its budget from the chest. The demo chest (£250,000) would run dry part-way through a
 * run, and which class is refused would depend on the order the classes ran in. In the test profile
 * ({@value #ENABLED}=true) this adds £2 million to the demo's Community Chest fund once, after the
 * demo chest is written. A journey of £10 million (ChestServiceTest) still finds no fund large enough.
 */
@AutoConfiguration
@ConditionalOnProperty(name = AmpleChest.ENABLED, havingValue = "true")
@ConditionalOnBean(ChestService.class) // a module test without the chest has no fund to top up
public class AmpleChest {

    static final String ENABLED = "communityjourneys.test.ample-chest";
    /** How DemoChest names the pooled chest of the year, before the year itself. */
    static final String POOLED_CHEST = "Community Chest ";
    static final long TWO_MILLION_POUNDS = 2_000_000L * 100;

    @Bean
    @Order(11) // after the demo chest (10)
    ApplicationRunner ampleChest(ChestService chest) {
        return arguments -> chest.balances().stream().filter(fund -> fund.fundName().startsWith(POOLED_CHEST))
                .map(FundBalance::fundId).findFirst()
                .ifPresent(fund -> chest.contribute(fund, TWO_MILLION_POUNDS, "Test top-up", "system"));
    }
}
