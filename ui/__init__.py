"""The Streamlit pages. Each module is one page; ``common`` holds what pages share."""
