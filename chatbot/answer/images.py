"""Images sent with a question: their text, read by OCR (and, when a vision model is configured, its
description of them), joins the question, so retrieval, the reader and the model's verification work
on it exactly as on typed text.

    question = question_with_image("What is the maximum dose?", [png_bytes], vision=None)
    engine.answer(question)

What an image says is the user's data, never instructions: it is marked as coming from the user's
image, stripped of chat markup (chatbot/answer/prompt.py neutralise), and the prompt quotes the
question as data anyway. The API (chatbot/serving/routes/chat.py) and the chat app (ui/app.py) share this.
"""
from __future__ import annotations

import io
import logging
import re
import warnings
from typing import Protocol, Sequence

from chatbot.answer.prompt import neutralise
from core.config import MAX_QUESTION_CHARS
from ingest.ocr import ImageError, read_image

log = logging.getLogger("domainbot.images")

IMAGE_TYPES = ("png", "jpg", "jpeg", "webp")  # what the app's chat input accepts (the API: whatever PIL reads)
IMAGE_TEXT_CHARS = 1500  # of one image's OCR text kept in the question: the passages matter, not the whole page
DESCRIPTION_CHARS = 800  # of one vision description
OCR_MARK = "[text in the user's image]"
VISION_MARK = "[the user's image, described]"


class ImageTooLarge(ImageError):
    """An image over the configured byte or pixel limit (the API answers 413)."""


class Describer(Protocol):
    """A vision model (chatbot/models/vision.py VisionClient): a description of an image, or None."""

    def describe(self, image: bytes) -> str | None: ...


def check_image(data: bytes, max_bytes: int, max_pixels: int) -> tuple[int, int]:
    """The image's (width, height), read from its header (no pixels decoded). Raises ImageTooLarge
    over the limits, ImageError for what is not an image."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise ImageError("empty image")
    if len(data) > max_bytes:
        raise ImageTooLarge(f"image is {len(data)} bytes; the limit is {max_bytes}")
    try:
        with warnings.catch_warnings():  # PIL's own bomb warning: our limit is checked below
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                w, h = img.size
    except Image.DecompressionBombError:
        raise ImageTooLarge(f"image is over {Image.MAX_IMAGE_PIXELS} pixels; the limit is {max_pixels}") from None
    except UnidentifiedImageError:
        raise ImageError("not an image (unknown format; send PNG, JPEG or WebP)") from None
    except Exception as e:  # noqa: BLE001 - a truncated header and the like: one line
        raise ImageError(f"not an image ({type(e).__name__})") from None
    if w * h > max_pixels:
        raise ImageTooLarge(f"image is {w} x {h} = {w * h} pixels; the limit is {max_pixels}")
    return w, h


def _flat(text: str, limit: int) -> str:
    """One line of inert text, at most `limit` characters (cut at a word). The image's lines stay
    apart as " / " (a label's or a table's rows are not one sentence)."""
    lines = (re.sub(r"\s+", " ", line).strip() for line in neutralise(text).splitlines())
    text = " / ".join(line for line in lines if line)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def image_text(image: bytes, vision: Describer | None = None, ocr_engine: str = "auto") -> str:
    """What one image contributes to a question: its OCR text and the vision model's description,
    each after its mark; '' when neither found anything. Raises ImageError for an unreadable image.
    A failing vision model costs only its description (logged)."""
    ocr = read_image(image, engine=ocr_engine)
    parts = []
    text = _flat(ocr.text, IMAGE_TEXT_CHARS)
    if text:
        parts.append(f"{OCR_MARK} {text}")
    if vision is not None:
        try:
            description = vision.describe(image)
        except Exception as e:  # noqa: BLE001 - the answer goes on with the OCR text
            log.warning("vision model failed (%s): the image is read by OCR only", type(e).__name__)
            description = None
        description = _flat(description or "", DESCRIPTION_CHARS)
        if description:
            parts.append(f"{VISION_MARK} {description}")
    return "\n".join(parts)


def question_with_image(question: str, images: Sequence[bytes], vision: Describer | None = None,
                        ocr_engine: str = "auto", limit: int = MAX_QUESTION_CHARS) -> str:
    """The question followed by what its images say (see image_text), at most `limit` characters
    (the images' part is cut, never the typed question). Raises ImageError (a DomainbotError) for an
    unreadable image, naming which, and when neither the question nor any image has text."""
    pieces = []
    for i, image in enumerate(images, 1):
        try:
            said = image_text(image, vision, ocr_engine)
        except ImageError as e:
            raise type(e)(f"image {i}: {e}" if len(images) > 1 else str(e)) from None
        if said:
            pieces.append(said)
    question = question.strip()
    if not pieces:
        if not question:
            raise ImageError("no question: the image has no readable text (type a question with it)")
        log.info("the question's image(s) had no readable text")
        return question
    room = limit - len(question) - 2
    added = "\n".join(pieces)
    if len(added) > room:
        added = added[: max(0, room)].rstrip()
    return f"{question}\n\n{added}".strip() if added else question
