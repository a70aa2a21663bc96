"""The hub's web page for coordinators (server-rendered, French first): sites and their last
sync, national tables, downloads, the SEA victim-assistance tracking across sites."""
