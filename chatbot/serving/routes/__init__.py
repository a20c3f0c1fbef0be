"""The API's routers, one per resource; chatbot/serving/api.py includes them."""
