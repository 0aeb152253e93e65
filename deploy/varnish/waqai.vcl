vcl 4.1;
# The HTTP cache in front of the reader (docs/deploy.md). Pages are keyed by their URL: the locale is in the path
# (Arabic unprefixed, English under /en), and the reader personalises nothing, so one copy serves everyone.
# A write purges exactly the cached pages that show it: each page carries xkeys derived from its URL (below), and
# the API's outbox sends `PURGE` with an `xkey-purge` header naming them (apps/api/src/cache-purge.ts).

import directors;
import std;
import xkey;

# Only this machine (the API replicas) may purge.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  new readers = directors.round_robin();
  new apis = directors.round_robin();
  call waqai_readers;
  call waqai_apis;
}

# The reader and API instances: `backend reader0 { … }` … and `sub waqai_readers { readers.add_backend(reader0); … }`,
# the same for `waqai_apis`, written by scripts/varnish.mjs (or by hand: deploy/varnish/backends.example.vcl). After
# vcl_init, which declares the directors they fill.
include "backends.vcl";

sub vcl_recv {
  # The API's listening address (`-a api=…`): balanced over the API replicas, never cached here (the API answers
  # with its own Cache-Control for browsers and clients), retried on another replica only when idempotent.
  if (local.socket == "api") {
    set req.http.X-Waqai-Tier = "api";
    return (pass);
  }
  unset req.http.X-Waqai-Tier;
  set req.backend_hint = readers.backend();
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    # Hard purge: a purged page is gone, never served stale after a publish or a retraction.
    return (synth(200, "Purged " + xkey.purge(req.http.xkey-purge)));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Nothing personalised is cached: a request with credentials goes to the reader as it is.
  if (req.http.Authorization || req.http.Cookie) {
    return (pass);
  }
  return (hash);
}

sub vcl_backend_fetch {
  # A retry (below) asks the next instance in the round.
  if (bereq.http.X-Waqai-Tier == "api") {
    set bereq.backend = apis.backend();
  } else {
    set bereq.backend = readers.backend();
  }
}

sub vcl_backend_error {
  # An instance that died mid-request (SIGKILL) or refuses connections: try the others before failing the client.
  # Only a read: a write that may have reached a dying replica is not sent twice (the client sees the error).
  if (bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
}

sub vcl_backend_response {
  if (beresp.status >= 500 && bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  if (bereq.http.X-Waqai-Tier == "api") {
    return (deliver);
  }
  # A page is fetched whole before any of it is sent: a reader killed mid-page is then a failed fetch, retried on
  # another reader (vcl_backend_error), never a page cut short in the client's hands. (The API tier streams.)
  set beresp.do_stream = false;
  # What a page shows, by its URL: a record page is `<kind>/<id>` (events/ev-1 for /events/ev-1 and /en/events/ev-1,
  # and the event's share card); every other page (home, lists, map, search, feeds, sitemaps, exports, the
  # reader's JSON) is `lists`, purged by any write. Next's hashed static files never change and carry no key.
  if (bereq.url ~ "^/_next/static/" || bereq.url ~ "^/(fonts|basemap|maplibre-gl)") {
    unset beresp.http.xkey;
  } elsif (bereq.url ~ "^(/en)?/(events|actors|places|sources|disputes|conflicts)/[^/?#]+") {
    set beresp.http.xkey = regsub(bereq.url, "^(?:/en)?/(events|actors|places|sources|disputes|conflicts)/([^/?#]+).*$", "\1/\2");
  } elsif (bereq.url ~ "^/cards/[a-z]+/events/[^/?#.]+") {
    set beresp.http.xkey = regsub(bereq.url, "^/cards/[a-z]+/events/([^/?#.]+).*$", "events/\1");
  } else {
    set beresp.http.xkey = "lists";
  }
  # An answer not for sharing (an error, no lifetime, a cookie, private or no-store: every search and filtered
  # page) is not kept: as Varnish's built-in code does, it becomes a two-minute "hit-for-miss" marker, so requests
  # for that URL go to a reader without waiting on one another. Such a marker gets no grace: with a day of it,
  # every unique URL asked left one for a day, and Varnish's memory grew by ~8 MB a minute under varied load.
  if (beresp.status >= 500 || beresp.ttl <= 0s || beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)(no-cache|no-store|private)" || beresp.http.Vary == "*") {
    set beresp.ttl = 120s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  # Stale-while-revalidate: when a page's time is up, readers get the cached copy while one fetch refreshes it;
  # when every reader is down, the cached copy is served for up to a day.
  set beresp.grace = 24h;
}

sub vcl_synth {
  # The purge's answer is for a program: "Purged <n>" as plain text, not Varnish's HTML error page.
  if (req.method == "PURGE") {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason;
    return (deliver);
  }
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  unset resp.http.xkey;
}
