"""Packaging for swiftcoder: every field comes from settings.ini (the nbdev config)."""
from configparser import ConfigParser
from pathlib import Path

import setuptools

cfg = ConfigParser(delimiters=["="])
cfg.read(Path(__file__).parent / "settings.ini", encoding="utf-8")
c = cfg["DEFAULT"]

spdx = {"apache2": "Apache-2.0"}[c["license"]]
statuses = ["1 - Planning", "2 - Pre-Alpha", "3 - Alpha", "4 - Beta", "5 - Production/Stable"]
readme = Path(__file__).parent / "README.md"

setuptools.setup(
    name=c["lib_name"],
    version=c["version"],
    description=c["description"],
    long_description=readme.read_text(encoding="utf-8") if readme.exists() else "",
    long_description_content_type="text/markdown",
    author=c["author"],
    author_email=c["author_email"],
    license=spdx,
    keywords=c["keywords"].split(),
    classifiers=[
        f"Development Status :: {statuses[int(c['status']) - 1]}",
        f"Intended Audience :: {c['audience']}",
        "Natural Language :: English",
        "Programming Language :: Python :: 3",
    ],
    python_requires=f">={c['min_python']}",
    packages=setuptools.find_packages(include=[c["lib_path"], c["lib_path"] + ".*"]),
    include_package_data=True,
    install_requires=c.get("requirements", "").split(),
    extras_require={"dev": c.get("dev_requirements", "").split()},
    entry_points={
        "console_scripts": c.get("console_scripts", "").split(),
        "nbdev": [f"{c['lib_path']}={c['lib_path']}._modidx:d"],
    },
    zip_safe=False,
)
