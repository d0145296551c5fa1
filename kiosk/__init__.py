"""Patient-education kiosk: osteoporosis and the medicines that treat it."""

__version__ = "0.1.0"
APP_NAME = "Bone Health Kiosk"
APP_ID = "bone-health-kiosk"
