"""HubSpotConnector (connectors/hubspot/) against the stateful fake HubSpot: harness.py builds
it, conftest.py holds the shared fixtures; fixtures/ holds HubSpot's documented examples."""
