package org.adsync.web.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request with the headers and cookies a test gives it, and a response that keeps the cookies set on it: just
 * what the sign-in classes read and write, without a server.
 */
final class FakeExchange {

    final Map<String, String> headers = new HashMap<>();
    final List<Cookie> requestCookies = new ArrayList<>();
    final List<Cookie> responseCookies = new ArrayList<>();
    boolean secure;

    FakeExchange header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getCookies" -> requestCookies.isEmpty() ? null : requestCookies.toArray(Cookie[]::new);
                    case "getContextPath" -> "/adsync";
                    case "isSecure" -> secure;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        responseCookies.add((Cookie) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
