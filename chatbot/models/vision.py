"""An OpenAI-compatible vision model that describes a question's image (optional; none ships).

    vllm serve Qwen/Qwen2-VL-2B-Instruct --port 8002          # on a GPU machine
    domainbot serve --vision-base-url http://gpu-host:8002/v1

The description joins the question beside the image's OCR text (chatbot/answer/images.py): it helps
with what OCR cannot read (a chart's shape, a photo of a device, handwriting). It is the user's data
like the rest of the question: answers still come only from the documents, verified and cited.
Any failure (timeout, HTTP error, empty reply) returns None with a logged warning: OCR only.
"""
from __future__ import annotations

import base64
import io
import logging
import os

log = logging.getLogger("domainbot.vision")

VISION_PROMPT = "Describe the text and content of this image for document search."
MAX_DESCRIPTION_TOKENS = 300


def data_url(image: bytes) -> str:
    """The image as a data: URL, its MIME type read from its header (PNG when unknown)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(image)) as img:
            mime = Image.MIME.get(img.format or "", "image/png")
    except Exception:  # noqa: BLE001 - the server decides; OCR has already checked the image
        mime = "image/png"
    return f"data:{mime};base64,{base64.b64encode(image).decode('ascii')}"


class VisionClient:
    """describe(image) -> the model's description, or None when the model could not give one."""

    def __init__(self, base_url: str, model: str | None = None, api_key: str | None = None,
                 timeout_s: float = 30.0, http_client=None):
        from openai import OpenAI

        self.base_url = base_url
        self.model = model
        self.client = OpenAI(base_url=base_url, api_key=api_key or "EMPTY", timeout=timeout_s, max_retries=0,
                             http_client=http_client)

    @classmethod
    def from_settings(cls, base_url: str | None, model: str | None = None, api_key_env: str = "VISION_API_KEY",
                      timeout_s: float = 30.0) -> "VisionClient | None":
        """The configured client (ServeConfig.vision_*), or None when no vision model is configured."""
        if not base_url:
            return None
        return cls(base_url, model, os.environ.get(api_key_env) or None, timeout_s)

    def _model_id(self) -> str:
        if self.model is None:  # vLLM serves one model, named by its path unless --served-model-name
            self.model = self.client.models.list().data[0].id
        return self.model

    def describe(self, image: bytes) -> str | None:
        try:
            response = self.client.chat.completions.create(
                model=self._model_id(), temperature=0.0, max_tokens=MAX_DESCRIPTION_TOKENS,
                messages=[{"role": "user", "content": [
                    {"type": "text", "text": VISION_PROMPT},
                    {"type": "image_url", "image_url": {"url": data_url(image)}},
                ]}])
            text = (response.choices[0].message.content or "").strip() if response.choices else ""
        except Exception as e:  # noqa: BLE001 - openai errors, timeouts, a server with no models: OCR only
            log.warning("vision model at %s failed (%s): the image is read by OCR only", self.base_url, type(e).__name__)
            return None
        if not text:
            log.warning("vision model at %s gave no description: the image is read by OCR only", self.base_url)
        return text or None
