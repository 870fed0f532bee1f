package org.communityjourneys.chest.domain;

import java.util.List;

/**
 * What starting a process from its start form gave: the new instance, the grant it recorded
 * (null when the process records none) and the roles its first open tasks are offered to.
 */
public record RequestSent(String processInstanceId, String grantId, List<String> nextGroups) {
}
