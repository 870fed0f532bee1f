package org.communityjourneys.identity.ui;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address of the browser making the current request, for the attempt limits. It is
 * {@code request.getRemoteAddr()}: behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that it is the client's, not the proxy's.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
