# What scripts/varnish.mjs writes as backends.vcl, for two reader instances on ports 3100 and 3101 and two API
# instances on 4100 and 4101.
probe reader_alive {
  .url = "/basemap.svg";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
}
backend reader0 {
  .host = "127.0.0.1";
  .port = "3100";
  .probe = reader_alive;
}
backend reader1 {
  .host = "127.0.0.1";
  .port = "3101";
  .probe = reader_alive;
}
sub waqai_readers {
  readers.add_backend(reader0);
  readers.add_backend(reader1);
}
probe api_alive {
  .url = "/health";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
}
backend api0 {
  .host = "127.0.0.1";
  .port = "4100";
  .probe = api_alive;
}
backend api1 {
  .host = "127.0.0.1";
  .port = "4101";
  .probe = api_alive;
}
sub waqai_apis {
  apis.add_backend(api0);
  apis.add_backend(api1);
}
