# What scripts/cluster.mjs writes as backends.vcl, for two reader instances on ports 3100 and 3101.
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
