package org.adsync.directory.graph;

/**
 * The Microsoft cloud a tenant lives in: each has its own sign-in and Graph hosts, and a tenant of one is unknown to
 * the others. GCC (moderate) tenants are in the global cloud; GCC High is {@link #US_GOVERNMENT}. {@link #CUSTOM}
 * takes both hosts as entered, for a cloud not listed or a proxy that stands in for Microsoft.
 */
public enum AzureCloud {
    GLOBAL("Global (Azure commercial)", "login.microsoftonline.com", "graph.microsoft.com"),
    US_GOVERNMENT("US Government (GCC High)", "login.microsoftonline.us", "graph.microsoft.us"),
    CHINA("China (operated by 21Vianet)", "login.chinacloudapi.cn", "microsoftgraph.chinacloudapi.cn"),
    CUSTOM("Other hosts", null, null);

    private final String label;
    private final String loginHost;
    private final String graphHost;

    AzureCloud(String label, String loginHost, String graphHost) {
        this.label = label;
        this.loginHost = loginHost;
        this.graphHost = graphHost;
    }

    public String label() {
        return label;
    }

    /** The sign-in (token) host; null for {@link #CUSTOM}, whose hosts are entered. */
    public String loginHost() {
        return loginHost;
    }

    /** The Microsoft Graph host; null for {@link #CUSTOM}. */
    public String graphHost() {
        return graphHost;
    }
}
