package org.communityjourneys;

import java.util.Arrays;
import org.communityjourneys.voting.TallyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Community Journeys: community-led decisions from a ward showcase conversation to funded
 * projects and back to what was learned.
 */
@SpringBootApplication
@Modulithic(systemName = "Community Journeys", sharedModules = "shared")
@EnableAsync
public class CommunityJourneysApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "tally".equals(args[0])) {
            System.exit(TallyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(CommunityJourneysApplication.class, args);
    }
}
