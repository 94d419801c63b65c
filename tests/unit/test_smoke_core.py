"""A first check that the fixtures make a working node."""

from app.services import records


def test_fresh_node_has_its_mission(ws):
    counts = records.counts(ws)
    assert counts["mission"] == 1
    assert ws.node.mission_code == "MONUSCO"
