package org.communityjourneys.chest.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.communityjourneys.chest.service.ThreeSixtyGivingPublication.Column;

/**
 * The 360Giving spreadsheet columns of the published grants, titled as the standard's schema titles
 * its fields (a nested field is "Parent:Child"; a list the publication can hold several of is
 * numbered, "Classifications:0:Code", as many as the longest list needs).
 */
final class ThreeSixtyGivingColumns {

    private ThreeSixtyGivingColumns() {
    }

    static List<Column> forGrants(List<ObjectNode> grants) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Identifier", "/id"),
                new Column("Title", "/title"),
                new Column("Description", "/description"),
                new Column("Currency", "/currency"),
                new Column("Amount Awarded", "/amountAwarded"),
                new Column("Award Date", "/awardDate"),
                new Column("Planned Dates:Start Date", "/plannedDates/0/startDate"),
                new Column("Planned Dates:End Date", "/plannedDates/0/endDate"),
                new Column("Recipient Org:Identifier", "/recipientOrganization/0/id"),
                new Column("Recipient Org:Name", "/recipientOrganization/0/name"),
                new Column("Recipient Ind:Identifier", "/recipientIndividual/id"),
                new Column("Recipient Ind:Name", "/recipientIndividual/name"),
                new Column("Funding Org:Identifier", "/fundingOrganization/0/id"),
                new Column("Funding Org:Name", "/fundingOrganization/0/name"),
                new Column("Grant Programme:Code", "/grantProgramme/0/code"),
                new Column("Grant Programme:Title", "/grantProgramme/0/title")));
        for (int i = 0; i < longest(grants, "beneficiaryLocation"); i++) {
            columns.add(new Column("Beneficiary Location:" + i + ":Name", "/beneficiaryLocation/" + i + "/name"));
            columns.add(new Column("Beneficiary Location:" + i + ":Country Code", "/beneficiaryLocation/" + i + "/countryCode"));
            columns.add(new Column("Beneficiary Location:" + i + ":Geographic Code", "/beneficiaryLocation/" + i + "/geoCode"));
            columns.add(new Column("Beneficiary Location:" + i + ":Geographic Code Type",
                    "/beneficiaryLocation/" + i + "/geoCodeType"));
        }
        for (int i = 0; i < longest(grants, "classifications"); i++) {
            columns.add(new Column("Classifications:" + i + ":Vocabulary", "/classifications/" + i + "/vocabulary"));
            columns.add(new Column("Classifications:" + i + ":Code", "/classifications/" + i + "/code"));
            columns.add(new Column("Classifications:" + i + ":Title", "/classifications/" + i + "/title"));
        }
        columns.add(new Column("Data Source", "/dataSource"));
        columns.add(new Column("Last Modified", "/dateModified"));
        return columns;
    }

    private static int longest(List<ObjectNode> grants, String list) {
        return grants.stream().mapToInt(grant -> grant.path(list).size()).max().orElse(0);
    }
}
