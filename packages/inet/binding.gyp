{
  "targets": [
    {
      "target_name": "sockopt",
      "sources": ["native/sockopt.c"],
      "conditions": [["OS=='win'", { "type": "none" }]]
    }
  ]
}
