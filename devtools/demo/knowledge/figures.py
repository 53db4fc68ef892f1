"""Demo images, drawn here with Pillow so that the repo holds no image files.

A numbered step diagram is what the kennisbank's stappenplannen typically
show; it also lets a newcomer see the figure block at work on `make run`
(renditions in AVIF and WebP, several widths, srcset, width and height).
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

# The portal's colours (static/css/main.css).
PRIMARY = "#154273"
TEXT = "#1b1b1b"
BACKGROUND = "#f4f6f8"
WHITE = "#ffffff"

WIDTH, HEIGHT = 1600, 900
COLUMNS, ROWS = 3, 2
BOX_WIDTH, BOX_HEIGHT = 400, 300


def step_diagram(steps: list[str]) -> bytes:
    """Six steps ("\\n" breaks a label) in two rows of three boxes, as PNG."""
    if len(steps) != COLUMNS * ROWS:
        raise ValueError(f"a step diagram has {COLUMNS * ROWS} steps")
    image = PILImage.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    number_font = ImageFont.load_default(size=56)
    label_font = ImageFont.load_default(size=38)
    gap_x = (WIDTH - COLUMNS * BOX_WIDTH) // (COLUMNS + 1)
    gap_y = (HEIGHT - ROWS * BOX_HEIGHT) // (ROWS + 1)
    for position, label in enumerate(steps):
        row, column = divmod(position, COLUMNS)
        x = gap_x + column * (BOX_WIDTH + gap_x)
        y = gap_y + row * (BOX_HEIGHT + gap_y)
        draw.rounded_rectangle(
            (x, y, x + BOX_WIDTH, y + BOX_HEIGHT),
            radius=24,
            fill=WHITE,
            outline=PRIMARY,
            width=6,
        )
        draw.ellipse((x + 30, y + 30, x + 120, y + 120), fill=PRIMARY)
        draw.text(
            (x + 75, y + 75),
            str(position + 1),
            font=number_font,
            fill=WHITE,
            anchor="mm",
        )
        draw.multiline_text(
            (x + 30, y + 150), label, font=label_font, fill=TEXT, spacing=10
        )
        if column < COLUMNS - 1:  # an arrow to the next box in the row
            start, middle = x + BOX_WIDTH + 10, y + BOX_HEIGHT // 2
            tip = start + gap_x - 20
            draw.line((start, middle, tip - 10, middle), fill=PRIMARY, width=8)
            draw.polygon(
                [(tip, middle), (tip - 25, middle - 18), (tip - 25, middle + 18)],
                fill=PRIMARY,
            )
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def ensure_step_diagram(title: str, steps: list[str]):
    """The Wagtail image with this title, drawn and stored if it is missing."""
    from wagtail.images import get_image_model

    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(step_diagram(steps)), name="stappen.png")
        image.save()
    return image
